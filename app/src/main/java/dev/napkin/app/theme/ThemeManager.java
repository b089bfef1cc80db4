package dev.napkin.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.napkin.app.files.Settings;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;

/**
 * Light and dark theme: AtlantaFX Primer as the base, Napkin's own sheet on top; the choice is
 * remembered between runs.
 */
public final class ThemeManager {
  static final String KEY = "theme";
  private static final String DARK = "dark";
  private static final String LIGHT = "light";
  private static final String NAPKIN_CSS = "/napkin/css/napkin.css";

  private final Settings settings;
  private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");

  public ThemeManager(Settings settings) {
    this.settings = settings;
    dark.set(settings.get(KEY).map(DARK::equals).orElse(false));
    dark.addListener((obs, was, now) -> settings.put(KEY, now ? DARK : LIGHT));
  }

  public BooleanProperty darkProperty() {
    return dark;
  }

  /** Applies the current theme to {@code scene} now and whenever it changes. */
  public void attach(Scene scene) {
    var sheet = ThemeManager.class.getResource(NAPKIN_CSS);
    if (sheet != null) {
      scene.getStylesheets().add(sheet.toExternalForm());
    }
    apply(scene);
    dark.addListener((obs, was, now) -> apply(scene));
  }

  private void apply(Scene scene) {
    Application.setUserAgentStylesheet(
        dark.get()
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
    if (scene.getRoot() != null) {
      scene.getRoot().getStyleClass().removeAll(DARK, LIGHT);
      scene.getRoot().getStyleClass().add(dark.get() ? DARK : LIGHT);
    }
  }
}
