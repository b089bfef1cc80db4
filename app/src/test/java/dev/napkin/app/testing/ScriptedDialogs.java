package dev.napkin.app.testing;

import dev.napkin.app.files.Example;
import dev.napkin.app.files.FileDialogs;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Dialog answers given in advance; every question asked is recorded. */
public final class ScriptedDialogs implements FileDialogs {
  public final Deque<Optional<Path>> files = new ArrayDeque<>();
  public final Deque<Unsaved> unsavedAnswers = new ArrayDeque<>();
  public final List<String> asked = new ArrayList<>();
  public final List<String> errors = new ArrayList<>();
  public Optional<String> exampleToPick = Optional.empty();

  @Override
  public Optional<Path> chooseFileToOpen(Optional<Path> folder) {
    asked.add("open");
    return files.isEmpty() ? Optional.empty() : files.removeFirst();
  }

  @Override
  public Optional<Path> chooseFileToSave(String suggestedName, Optional<Path> folder) {
    asked.add("save as " + suggestedName);
    return files.isEmpty() ? Optional.empty() : files.removeFirst();
  }

  @Override
  public Unsaved askAboutUnsaved(String fileName) {
    asked.add("unsaved " + fileName);
    return unsavedAnswers.isEmpty() ? Unsaved.CANCEL : unsavedAnswers.removeFirst();
  }

  @Override
  public Optional<Example> chooseExample(List<Example> examples) {
    asked.add("example");
    return exampleToPick.flatMap(
        name -> examples.stream().filter(e -> e.fileName().equals(name)).findFirst());
  }

  @Override
  public void showError(String title, String message) {
    errors.add(title + ": " + message);
  }
}
