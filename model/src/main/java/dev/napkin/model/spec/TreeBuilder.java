package dev.napkin.model.spec;

import dev.napkin.model.spec.SpecNode.Field;
import dev.napkin.model.spec.SpecNode.ListNode;
import dev.napkin.model.spec.SpecNode.MapNode;
import dev.napkin.model.spec.SpecNode.Scalar;
import dev.napkin.model.spec.SpecNode.ScalarType;
import dev.napkin.model.validate.Issue;
import dev.napkin.model.validate.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Turns YAML or JSON text into a {@link SpecNode} tree, token by token, keeping every value's line
 * and column. It enforces the safety limits while reading (depth, aliases) so a hostile document is
 * stopped early, and it resolves YAML aliases itself: Jackson's plain YAML parser would report
 * {@code *name} as the text "name".
 */
final class TreeBuilder {
  private static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxNestingDepth(SpecLimits.MAX_DEPTH + 8) // a backstop: our own check comes first
          .maxDocumentLength(SpecLimits.MAX_BYTES + 1)
          .maxStringLength((int) SpecLimits.MAX_BYTES + 1)
          .maxNameLength((int) SpecLimits.MAX_BYTES + 1)
          .build();
  private static final JsonFactory JSON =
      JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
  private static final YAMLFactory YAML =
      new AnchorAwareYamlFactory(
          YAMLFactory.builder()
              .streamReadConstraints(CONSTRAINTS)
              // snakeyaml's own default stops at 3 MB; our limit is 10 MiB, checked before parsing
              .loadSettings(
                  LoadSettings.builder()
                      .setCodePointLimit((int) SpecLimits.MAX_BYTES + 1024)
                      .setAllowDuplicateKeys(true) // reported by us, with both places
                      .build())
              .build());
  private static final String STANDARD_STRING_TAG = "tag:yaml.org,2002:str";

  /** The tree when the text could be read, and what went wrong on the way. */
  record Result(Optional<SpecNode> root, List<Issue> issues) {}

  /** Ends reading at the first problem that leaves no tree worth checking. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Issue issue;

    Stop(Issue issue) {
      super(issue.message(), null, false, false);
      this.issue = issue;
    }
  }

  private final JsonParser parser;
  private final boolean yaml;
  private final String file;
  private final List<Issue> issues = new ArrayList<>();
  private final Map<String, SpecNode> anchors = new HashMap<>();
  private int aliases;
  private int values;
  private long aliasValues;

  private TreeBuilder(JsonParser parser, boolean yaml, String file) {
    this.parser = parser;
    this.yaml = yaml;
    this.file = file;
  }

  static Result build(String text, SpecFormat format, String file) {
    TokenStreamFactory factory = format == SpecFormat.YAML ? YAML : JSON;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
      return new TreeBuilder(parser, format == SpecFormat.YAML, file).document();
    } catch (JacksonException e) {
      return new Result(Optional.empty(), List.of(SyntaxErrors.toIssue(e, file)));
    }
  }

  private Result document() {
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw stop(SpecCodes.SYNTAX, "", new SourceLocation(file, 1, 1), "the document is empty");
      }
      SpecNode root = value(first, 1, "");
      JsonToken extra = parser.nextToken();
      if (extra != null) {
        throw stop(
            SpecCodes.SYNTAX,
            "",
            here(),
            "a spec is one document, but another one follows the first");
      }
      return new Result(Optional.of(root), List.copyOf(issues));
    } catch (Stop s) {
      issues.add(s.issue);
      return new Result(Optional.empty(), List.copyOf(issues));
    } catch (JacksonException e) {
      issues.add(SyntaxErrors.toIssue(e, file));
      return new Result(Optional.empty(), List.copyOf(issues));
    } catch (RuntimeException e) { // snakeyaml can fail outside Jackson's wrapping
      issues.add(SyntaxErrors.toIssue(e, here()));
      return new Result(Optional.empty(), List.copyOf(issues));
    }
  }

  /** Reads the value that starts at {@code token}; {@code depth} is the level it would be. */
  private SpecNode value(JsonToken token, int depth, String path) {
    SourceLocation where = here();
    if (++values > SpecLimits.MAX_VALUES) {
      throw stop(
          SpecCodes.TOO_LARGE,
          path,
          where,
          "more than " + SpecLimits.MAX_VALUES + " values; a spec is not that large");
    }
    if (yaml) {
      checkTag(where, path);
      if (((YAMLParser) parser).isCurrentAlias()) {
        return alias(parser.getString(), where, depth, path);
      }
    }
    String anchor = yaml ? (String) parser.getObjectId() : null;
    SpecNode node =
        switch (token) {
          case START_OBJECT -> map(where, depth, path);
          case START_ARRAY -> list(where, depth, path);
          case VALUE_STRING -> new Scalar(ScalarType.TEXT, parser.getString(), where);
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
              new Scalar(ScalarType.NUMBER, parser.getString(), where);
          case VALUE_TRUE -> new Scalar(ScalarType.BOOLEAN, "true", where);
          case VALUE_FALSE -> new Scalar(ScalarType.BOOLEAN, "false", where);
          case VALUE_NULL -> new Scalar(ScalarType.NULL, "null", where);
          default ->
              throw stop(SpecCodes.SYNTAX, path, where, "unexpected " + token + " in a spec");
        };
    if (anchor != null) {
      anchors.put(anchor, node);
    }
    return node;
  }

  private SpecNode map(SourceLocation where, int depth, String path) {
    checkDepth(where, depth, path);
    Map<String, Field> fields = new LinkedHashMap<>();
    int size = 1;
    int height = 1;
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
      String key = parser.currentName();
      SourceLocation keyWhere = here();
      String keyPath = Paths.key(path, key);
      SpecNode value = value(parser.nextToken(), depth + 1, keyPath);
      Field earlier = fields.get(key);
      if (earlier != null) {
        issues.add(
            issue(
                SpecCodes.DUPLICATE_KEY,
                keyPath,
                keyWhere,
                "\""
                    + key
                    + "\" is written twice in this map (first at line "
                    + earlier.keyLocation().line()
                    + ")"));
      } else {
        fields.put(key, new Field(key, keyWhere, value));
      }
      size += value.size();
      height = Math.max(height, 1 + value.height());
    }
    expectEnd(token, JsonToken.END_OBJECT, path);
    return new MapNode(fields, where, size, height);
  }

  private SpecNode list(SourceLocation where, int depth, String path) {
    checkDepth(where, depth, path);
    List<SpecNode> items = new ArrayList<>();
    int size = 1;
    int height = 1;
    JsonToken token;
    while ((token = parser.nextToken()) != null && token != JsonToken.END_ARRAY) {
      SpecNode item = value(token, depth + 1, Paths.index(path, items.size()));
      items.add(item);
      size += item.size();
      height = Math.max(height, 1 + item.height());
    }
    expectEnd(token, JsonToken.END_ARRAY, path);
    return new ListNode(items, where, size, height);
  }

  private void expectEnd(JsonToken token, JsonToken expected, String path) {
    if (token != expected) {
      throw stop(SpecCodes.SYNTAX, path, here(), "the document ends inside a map or list");
    }
  }

  private SpecNode alias(String name, SourceLocation where, int depth, String path) {
    SpecNode target = anchors.get(name);
    if (target == null) {
      throw stop(
          SpecCodes.SYNTAX,
          path,
          where,
          "*" + name + " refers to no anchor &" + name + " before it");
    }
    aliases++;
    if (aliases > SpecLimits.MAX_ALIASES) {
      throw stop(
          SpecCodes.ALIAS_LIMIT,
          path,
          where,
          "more than "
              + SpecLimits.MAX_ALIASES
              + " YAML aliases; a spec may use at most that many");
    }
    aliasValues += target.size();
    if (aliasValues > SpecLimits.MAX_ALIAS_VALUES) {
      throw stop(
          SpecCodes.ALIAS_LIMIT,
          path,
          where,
          "YAML aliases expand to more than "
              + SpecLimits.MAX_ALIAS_VALUES
              + " values (is this a \"billion laughs\" document?)");
    }
    if (target.height() > 0) {
      checkDepth(where, depth + target.height() - 1, path);
    }
    return target.at(where);
  }

  private void checkDepth(SourceLocation where, int depth, String path) {
    if (depth > SpecLimits.MAX_DEPTH) {
      throw stop(
          SpecCodes.TOO_DEEP,
          path,
          where,
          "maps and lists are nested more than " + SpecLimits.MAX_DEPTH + " levels deep");
    }
  }

  private void checkTag(SourceLocation where, String path) {
    Object tag = parser.getTypeId();
    if (tag != null && !STANDARD_STRING_TAG.equals(tag)) {
      String text = tag.toString();
      String shown =
          text.startsWith("tag:yaml.org,2002:")
              ? "!!" + text.substring("tag:yaml.org,2002:".length())
              : "!" + text;
      issues.add(
          issue(
              SpecCodes.SYNTAX,
              path,
              where,
              "YAML tags like " + shown + " are not allowed: a spec is plain data"));
    }
  }

  private SourceLocation here() {
    TokenStreamLocation at = parser.currentTokenLocation();
    return new SourceLocation(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
  }

  private static Issue issue(String code, String path, SourceLocation where, String message) {
    return Issue.error(code, path, message).at(where);
  }

  private static Stop stop(String code, String path, SourceLocation where, String message) {
    return new Stop(issue(code, path, where, message));
  }
}
