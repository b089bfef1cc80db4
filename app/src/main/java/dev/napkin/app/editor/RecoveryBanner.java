package dev.napkin.app.editor;

import dev.napkin.app.files.RecoveryStore;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.Node;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** A bar above the work area offering to restore work a crash left behind: not a modal dialog. */
final class RecoveryBanner {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm, d MMM").withZone(ZoneId.systemDefault());

  private final NotificationPane pane;

  RecoveryBanner(Node content) {
    pane = new NotificationPane(content);
    pane.setShowFromTop(true);
    pane.getStyleClass().add(NotificationPane.STYLE_CLASS_DARK);
  }

  NotificationPane pane() {
    return pane;
  }

  void offer(RecoveryStore.Recovered recovered, Runnable restore, Runnable discard) {
    String from =
        recovered.original().map(p -> p.getFileName().toString()).orElse("an untitled flow");
    pane.getActions()
        .setAll(
            new Action(
                "Restore",
                e -> {
                  restore.run();
                  pane.hide();
                }),
            new Action(
                "Discard",
                e -> {
                  discard.run();
                  pane.hide();
                }));
    pane.show(
        "Napkin did not close cleanly. Restore unsaved changes to "
            + from
            + " (autosaved "
            + TIME.format(recovered.savedAt())
            + ")?",
        new FontIcon(MaterialDesignF.FILE_RESTORE));
  }
}
