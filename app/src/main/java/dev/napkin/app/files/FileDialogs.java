package dev.napkin.app.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The questions file handling asks the user; tests answer them without windows. */
public interface FileDialogs {
  /** How to go on when unsaved changes would be lost. */
  enum Unsaved {
    SAVE,
    DISCARD,
    CANCEL
  }

  Optional<Path> chooseFileToOpen(Optional<Path> folder);

  Optional<Path> chooseFileToSave(String suggestedName, Optional<Path> folder);

  /**
   * Where to export the flow as {@code format} (files ending {@code .extension}); without a dialog
   * of its own, the save question.
   */
  default Optional<Path> chooseExportFile(
      String format, String extension, String suggestedName, Optional<Path> folder) {
    return chooseFileToSave(suggestedName, folder);
  }

  Unsaved askAboutUnsaved(String fileName);

  Optional<Example> chooseExample(List<Example> examples);

  /** Tells about a failure that has no place in the problems list (a disk error). */
  void showError(String title, String message);
}
