package dev.napkin.app.problems;

import dev.napkin.model.validate.Issue;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The problems panel: one line per error or warning with where it is; clicking a line selects the
 * node or edge it concerns.
 */
public final class ProblemsView extends VBox {
  private final ListView<Issue> list = new ListView<>();
  private final Label title = new Label();

  public ProblemsView(ProblemsViewModel problems, Consumer<Issue> reveal) {
    getStyleClass().add("problems");
    title.getStyleClass().add("panel-title");
    title
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () -> "Problems (" + problems.issues().size() + ")", problems.issues()));
    Label empty = new Label("No problems: the flow is valid.");
    empty.getStyleClass().add("muted");
    list.setPlaceholder(empty);
    list.setItems(problems.issues());
    list.setCellFactory(v -> new IssueCell());
    list.getStyleClass().add("problems-list");
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, issue) -> {
              if (issue != null) {
                reveal.accept(issue);
              }
            });
    VBox.setVgrow(list, Priority.ALWAYS);
    HBox header = new HBox(title);
    header.getStyleClass().add("panel-header");
    getChildren().addAll(header, list);
  }

  public ListView<Issue> list() {
    return list;
  }

  private static final class IssueCell extends ListCell<Issue> {
    @Override
    protected void updateItem(Issue issue, boolean empty) {
      super.updateItem(issue, empty);
      if (empty || issue == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      FontIcon icon =
          new FontIcon(issue.isError() ? MaterialDesignC.CLOSE_CIRCLE : MaterialDesignA.ALERT);
      icon.getStyleClass().add(issue.isError() ? "issue-error" : "issue-warning");
      Label message = new Label(issue.message());
      message.getStyleClass().add("issue-message");
      Region gap = new Region();
      HBox.setHgrow(gap, Priority.ALWAYS);
      Label where = new Label(where(issue));
      where.getStyleClass().add("issue-where");
      HBox row = new HBox(8, icon, message, gap, where);
      row.setAlignment(Pos.CENTER_LEFT);
      setText(null);
      setGraphic(row);
    }

    private static String where(Issue issue) {
      String path = issue.path();
      return issue
          .location()
          .map(
              l ->
                  (path.isEmpty() ? "" : path + " · ")
                      + l.file()
                      + ":"
                      + l.line()
                      + ":"
                      + l.column())
          .orElse(path);
    }
  }
}
