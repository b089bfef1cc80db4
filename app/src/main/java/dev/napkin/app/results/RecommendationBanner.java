package dev.napkin.app.results;

import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/** The recommendation: which mode to pick and why, then how the others compare. */
final class RecommendationBanner extends VBox {
  private final Label headline = new Label();
  private final Label why = new Label();
  private final VBox others = new VBox(2);

  RecommendationBanner(ResultsViewModel results) {
    setId("recommendation");
    getStyleClass().add("recommendation");
    headline.setId("recommendation-headline");
    headline.getStyleClass().add("recommendation-headline");
    why.setWrapText(true);
    why.getStyleClass().add("recommendation-why");
    getChildren().addAll(headline, why, others);
    setSpacing(3);
    // The banner is the point of the panel: the table and chart give way first.
    setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    results.bannerProperty().addListener((obs, old, now) -> show(now));
    show(results.bannerProperty().get());
  }

  private void show(Optional<Banner> banner) {
    setVisible(banner.isPresent());
    setManaged(banner.isPresent());
    others.getChildren().clear();
    if (banner.isEmpty()) {
      return;
    }
    Banner b = banner.get();
    getStyleClass().removeIf(c -> c.startsWith("status-"));
    getStyleClass().add(b.status().styleClass());
    Circle dot = new Circle(6);
    dot.getStyleClass().addAll("mode-dot", ModeNames.styleClass(b.mode()));
    headline.setGraphic(dot);
    headline.setText(b.headline());
    why.setText(b.why());
    for (String line : b.others()) {
      Label other = new Label("• " + line);
      other.setWrapText(true);
      other.getStyleClass().add("recommendation-other");
      others.getChildren().add(other);
    }
  }
}
