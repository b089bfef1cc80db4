package dev.napkin.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class FlowPictureTest {
  private static final Flow PLACED =
      SmallFlows.clickstream()
          .withLayout(
              Layout.EMPTY
                  .with(NodeId.of("clicks"), new Point(40, 40))
                  .with(NodeId.of("sessionize"), new Point(340, 40))
                  .with(NodeId.of("dashboard"), new Point(640, 140)));

  @Test
  void svgParsesAsXmlAndNamesEveryNodeByIdAndName() throws Exception {
    Document svg = parse(ExportFormat.SVG.render(PLACED));

    assertThat(svg.getDocumentElement().getNodeName()).isEqualTo("svg");
    assertThat(groupIds(svg))
        .containsExactly(
            "edge-clicks-sessionize",
            "edge-sessionize-dashboard",
            "node-clicks",
            "node-sessionize",
            "node-dashboard");
    assertThat(texts(svg))
        .contains(
            "Clickstream",
            "Click events",
            "Sessions",
            "Ops dashboard",
            "clicks@3",
            "batch",
            "p95 ≤ 5m");
  }

  @Test
  void svgIsSizedToTheLayoutWithAMargin() throws Exception {
    Document svg = parse(ExportFormat.SVG.render(PLACED));

    // Cards span x 40..828 (with ports) and y 40..216; 24 px margin, 40 px title band.
    assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("848");
    assertThat(svg.getDocumentElement().getAttribute("height")).isEqualTo("264");
  }

  @Test
  void flowWithoutLayoutIsLaidOutFirst() throws Exception {
    assertThat(SmallFlows.clickstream().layout().positions()).isEmpty();

    FlowDrawing drawing = FlowDrawing.of(SmallFlows.clickstream());

    for (Node node : drawing.flow().nodes()) {
      assertThat(drawing.flow().layout().of(node.id())).isPresent();
    }
    Point clicks = drawing.cardAt(NodeId.of("clicks"));
    Point sessionize = drawing.cardAt(NodeId.of("sessionize"));
    assertThat(sessionize.x()).isGreaterThan(clicks.x() + FlowDrawing.CARD_WIDTH);
    assertThat(texts(parse(drawing.svg()))).contains("Click events", "Sessions", "Ops dashboard");
  }

  @Test
  void svgEscapesMarkupInNames() throws Exception {
    Flow flow =
        Flow.of("A <b>&\"quoted\" flow", PLACED.nodes(), PLACED.edges())
            .withLayout(PLACED.layout());

    assertThat(texts(parse(ExportFormat.SVG.render(flow)))).contains("A <b>&\"quoted\" flow");
  }

  @Test
  void pngIsScaledAndShowsBackgroundAndCards() throws IOException {
    FlowDrawing drawing = FlowDrawing.of(PLACED);

    BufferedImage at1 = png(drawing.png(1));
    BufferedImage at2 = png(drawing.png(2));

    assertThat(at1.getWidth()).isEqualTo(848);
    assertThat(at1.getHeight()).isEqualTo(264);
    assertThat(at2.getWidth()).isEqualTo(2 * 848);
    assertThat(at2.getHeight()).isEqualTo(2 * 264);
    assertThat(rgb(at2, 2, 2)).isEqualTo(ExportColors.BG_SUBTLE);
    Point card = drawing.cardAt(NodeId.of("sessionize"));
    // Inside the card, right of the text, above the badges: the card's own fill.
    assertThat(rgb(at2, (int) (2 * (card.x() + 150)), (int) (2 * (card.y() + 8))))
        .isEqualTo(ExportColors.BG);
    // The stripe on the card's left edge has the transform color.
    assertThat(rgb(at2, (int) (2 * (card.x() + 2)), (int) (2 * (card.y() + 20))))
        .isEqualTo(ExportColors.of(dev.napkin.model.flow.NodeKind.TRANSFORM));
  }

  @Test
  void picturesAreByteIdenticalRunToRun() {
    assertThat(FlowDrawing.of(PLACED).png(2)).isEqualTo(FlowDrawing.of(PLACED).png(2));
    assertThat(ExportFormat.SVG.render(SmallFlows.clickstream()))
        .isEqualTo(ExportFormat.SVG.render(SmallFlows.clickstream()));
  }

  @Test
  void pngHasNoTimeOrTextChunks() {
    byte[] png = FlowDrawing.of(PLACED).png(1);

    assertThat(chunks(png)).containsExactly("IHDR", "IDAT", "IEND");
  }

  @Test
  void emptyFlowAndMultiLineNamesStillDraw() throws Exception {
    Flow empty = Flow.of("Nothing\nyet", List.of(), List.of());

    Document svg = parse(ExportFormat.SVG.render(empty));

    assertThat(texts(svg)).containsExactly("Nothing yet");
    assertThat(png(FlowDrawing.of(empty).png(1)).getWidth()).isGreaterThan(0);
  }

  @Test
  void refusesAPictureTooLargeToHold() {
    Flow wide =
        PLACED.withLayout(PLACED.layout().with(NodeId.of("dashboard"), new Point(60_000, 140)));

    assertThatThrownBy(() -> FlowDrawing.of(wide).png(16))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("choose a smaller scale");
  }

  @Test
  void rejectsAScaleOutOfRange() {
    assertThatThrownBy(() -> FlowDrawing.of(PLACED).png(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scale");
  }

  private static List<String> chunks(byte[] png) {
    List<String> types = new ArrayList<>();
    int at = 8;
    while (at < png.length) {
      int length =
          ((png[at] & 0xff) << 24)
              | ((png[at + 1] & 0xff) << 16)
              | ((png[at + 2] & 0xff) << 8)
              | (png[at + 3] & 0xff);
      String type = new String(png, at + 4, 4, StandardCharsets.US_ASCII);
      if (types.isEmpty() || !types.get(types.size() - 1).equals(type)) {
        types.add(type);
      }
      at += 12 + length;
    }
    return types;
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  static List<String> groupIds(Document svg) throws Exception {
    NodeList groups =
        (NodeList)
            XPathFactory.newInstance()
                .newXPath()
                .evaluate("//*[local-name()='g']/@id", svg, XPathConstants.NODESET);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < groups.getLength(); i++) {
      ids.add(groups.item(i).getNodeValue());
    }
    return ids;
  }

  static List<String> titles(Document svg) {
    NodeList nodes = svg.getElementsByTagNameNS("*", "title");
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      titles.add(nodes.item(i).getTextContent());
    }
    return titles;
  }

  static List<String> texts(Document svg) {
    NodeList nodes = svg.getElementsByTagNameNS("*", "text");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  private static BufferedImage png(byte[] bytes) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(bytes));
  }

  private static String rgb(BufferedImage image, int x, int y) {
    return String.format("#%06x", image.getRGB(x, y) & 0xffffff);
  }
}
