package dev.napkin.model.spec;

import dev.napkin.model.spec.SpecNode.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps whose form is chosen by one key, like {@code {dist: lognormal, median: 2s, p99: 40s}} or
 * {@code {type: sliding, size: 1m, slide: 10s}}: reads the choice and checks the keys against that
 * form's keys, naming the form when a key belongs to another one.
 */
final class Variants {
  private final String selector;
  private final Map<String, List<String>> keysByForm;
  private final String what;

  /**
   * @param selector the key that chooses ({@code dist}, {@code type})
   * @param keysByForm each form's own keys, in the order messages list them
   * @param what the choice in words, for messages ("a distribution")
   */
  Variants(String selector, Map<String, List<String>> keysByForm, String what) {
    this.selector = selector;
    this.keysByForm = keysByForm;
    this.what = what;
  }

  /**
   * The chosen form, after checking every key of {@code map}; {@code extraKeys} are allowed in
   * every form (a mixture part's {@code weight}).
   */
  Optional<String> read(MapReader map, List<String> extraKeys) {
    Optional<String> form = Optional.empty();
    if (map.require(selector, what + " names its " + selector + ": " + names())) {
      form = map.text(selector);
      if (form.isPresent() && !keysByForm.containsKey(form.get())) {
        map.problems()
            .error(
                SpecCodes.BAD_VALUE,
                map.pathOf(selector),
                map.get(selector).orElseThrow().location(),
                Values.notOneOf(form.get(), what, List.copyOf(keysByForm.keySet())));
        form = Optional.empty();
      }
    }
    checkKeys(map, form, extraKeys);
    return form;
  }

  private void checkKeys(MapReader map, Optional<String> form, List<String> extraKeys) {
    List<String> allowed = new ArrayList<>();
    allowed.add(selector);
    allowed.addAll(extraKeys);
    if (form.isPresent()) {
      allowed.addAll(keysByForm.get(form.get()));
    } else {
      allKeys().forEach(allowed::add);
    }
    Set<String> allowedSet = Set.copyOf(allowed);
    for (Field field : map.node().fields().values()) {
      if (allowedSet.contains(field.key())) {
        continue;
      }
      if (form.isPresent() && allKeys().contains(field.key())) {
        List<String> own = keysByForm.get(form.get());
        String takes = own.isEmpty() ? "no other keys" : String.join(", ", own);
        map.problems()
            .error(
                SpecCodes.UNKNOWN_KEY,
                map.pathOf(field.key()),
                field.keyLocation(),
                Quoted.of(field.key())
                    + " is not a key of "
                    + selector
                    + ": "
                    + form.get()
                    + " (it takes "
                    + takes
                    + ")");
      } else {
        map.reportUnknown(field, allowed);
      }
    }
  }

  private Set<String> allKeys() {
    Set<String> all = new LinkedHashSet<>();
    keysByForm.values().forEach(all::addAll);
    return all;
  }

  private String names() {
    return String.join(" | ", keysByForm.keySet());
  }
}
