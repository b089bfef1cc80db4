package dev.napkin.model.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.Flow;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.NotEmpty;

/** Whatever flow the model holds, the spec carries it unchanged, in the same bytes every time. */
class SpecRoundTripProperties {

  @Provide
  Arbitrary<Flow> flows() {
    return FlowArbitraries.flows();
  }

  @Property(tries = 200)
  void yamlCarriesEveryFlowUnchanged(@ForAll("flows") Flow flow) {
    assertRoundTrip(flow, SpecFormat.YAML);
  }

  @Property(tries = 200)
  void jsonCarriesEveryFlowUnchanged(@ForAll("flows") Flow flow) {
    assertRoundTrip(flow, SpecFormat.JSON);
  }

  @Property(tries = 100)
  void yamlAndJsonHoldTheSameFlow(@ForAll("flows") Flow flow) {
    Flow viaYaml = read(SpecWriter.write(flow, SpecFormat.YAML), SpecFormat.YAML);
    Flow viaJson = read(SpecWriter.write(flow, SpecFormat.JSON), SpecFormat.JSON);

    assertThat(viaYaml).isEqualTo(viaJson);
  }

  @Property(tries = 200)
  void everyNameReadsBackAsWritten(@ForAll @NotEmpty String anyText) {
    String name = anyText.chars().anyMatch(c -> Character.isSurrogate((char) c)) ? "x" : anyText;
    Flow flow = Flow.of(name, java.util.List.of(), java.util.List.of());

    assertRoundTrip(flow, SpecFormat.YAML);
    assertRoundTrip(flow, SpecFormat.JSON);
  }

  private static void assertRoundTrip(Flow flow, SpecFormat format) {
    String written = SpecWriter.write(flow, format);
    ReadResult result = SpecReader.read(written, format, "generated");

    assertThat(result.issues()).as(written).isEmpty();
    assertThat(result.flow()).as(written).contains(flow);
    assertThat(SpecWriter.write(result.flow().orElseThrow(), format)).isEqualTo(written);
  }

  private static Flow read(String text, SpecFormat format) {
    return SpecReader.read(text, format, "generated").flow().orElseThrow();
  }
}
