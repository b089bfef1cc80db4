package dev.napkin.app.files;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Settings kept in the user's Java preferences under one node per application. */
public final class PreferencesSettings implements Settings {
  private final Preferences node;

  public PreferencesSettings(Preferences node) {
    this.node = node;
  }

  /** The settings of the installed app. */
  public static PreferencesSettings forApp() {
    return new PreferencesSettings(Preferences.userRoot().node("dev/napkin/app"));
  }

  @Override
  public Optional<String> get(String key) {
    return Optional.ofNullable(node.get(key, null));
  }

  @Override
  public void put(String key, String value) {
    node.put(key, value);
    flush();
  }

  @Override
  public void remove(String key) {
    node.remove(key);
    flush();
  }

  private void flush() {
    try {
      node.flush();
    } catch (BackingStoreException e) {
      // Preferences are a convenience; losing one between runs is not worth an error dialog.
    }
  }
}
