package dev.napkin.app.inspector;

import dev.napkin.app.command.Command;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One editable value in the inspector, as text: where it goes (category), what it is called, its
 * current text, the choices when it is one of a few, and how a new text becomes a command. The
 * change function throws {@link IllegalArgumentException} with a message a user can act on.
 */
public record Field(
    String category,
    String name,
    String help,
    String text,
    List<String> choices,
    Optional<Function<String, Command>> change,
    String placeholder) {

  public Field {
    choices = List.copyOf(choices);
  }

  public Field(
      String category,
      String name,
      String help,
      String text,
      List<String> choices,
      Optional<Function<String, Command>> change) {
    this(category, name, help, text, choices, change, "");
  }

  /** This field showing {@code hint} when it is blank (what blank means, e.g. a catalog price). */
  public Field withPlaceholder(String hint) {
    return new Field(category, name, help, text, choices, change, hint);
  }

  public static Field text(
      String category, String name, String help, String text, Function<String, Command> change) {
    return new Field(category, name, help, text, List.of(), Optional.of(change));
  }

  public static Field choice(
      String category,
      String name,
      String help,
      String text,
      List<String> choices,
      Function<String, Command> change) {
    return new Field(category, name, help, text, choices, Optional.of(change));
  }

  public static Field readOnly(String category, String name, String help, String text) {
    return new Field(category, name, help, text, List.of(), Optional.empty());
  }

  public boolean editable() {
    return change.isPresent();
  }

  /** Why {@code input} would be refused, or empty when it is fine. */
  public Optional<String> problem(String input) {
    if (change.isEmpty() || input.equals(text)) {
      return Optional.empty();
    }
    try {
      change.get().apply(input);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** The command that sets {@code input}; empty when it equals the current text. */
  public Optional<Command> commandFor(String input) {
    if (change.isEmpty() || input.equals(text)) {
      return Optional.empty();
    }
    return Optional.of(change.get().apply(input));
  }

  /** Identifies the field across refreshes: same category and name. */
  public String key() {
    return category + "/" + name;
  }
}
