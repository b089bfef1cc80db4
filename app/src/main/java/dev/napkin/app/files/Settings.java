package dev.napkin.app.files;

import java.util.Optional;

/** Small values remembered between runs (theme, recent files). */
public interface Settings {
  Optional<String> get(String key);

  void put(String key, String value);

  void remove(String key);
}
