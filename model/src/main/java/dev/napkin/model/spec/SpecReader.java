package dev.napkin.model.spec;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.validate.Issue;
import dev.napkin.model.validate.SourceLocation;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a flow spec (format 1) from YAML or JSON. Never throws for bad input: every problem,
 * including I/O, becomes an {@link Issue} with the file, line and column where it was found.
 */
public final class SpecReader {
  private static final Comparator<Issue> DOCUMENT_ORDER =
      Comparator.comparing(
              (Issue i) -> i.location().map(SourceLocation::line).orElse(Integer.MAX_VALUE))
          .thenComparing(i -> i.location().map(SourceLocation::column).orElse(Integer.MAX_VALUE));

  private SpecReader() {}

  /** Reads a {@code .yaml}, {@code .yml} or {@code .json} file; issues name it as given. */
  public static ReadResult read(Path file) {
    String shown = file.toString();
    Path fileName = file.getFileName();
    Optional<SpecFormat> format =
        SpecFormat.ofFileName(fileName == null ? "" : fileName.toString());
    if (format.isEmpty()) {
      return failed(
          Issue.error(SpecCodes.IO, "", "unknown file type: a spec ends in .yaml, .yml or .json"));
    }
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        return failed(Issue.error(SpecCodes.IO, "", "cannot read: it is a folder"));
      }
      if (Files.size(file) > SpecLimits.MAX_BYTES) {
        return failed(tooLarge().at(new SourceLocation(shown, 1, 1)));
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return failed(Issue.error(SpecCodes.IO, "", "cannot read: no such file"));
    } catch (AccessDeniedException e) {
      return failed(Issue.error(SpecCodes.IO, "", "cannot read: permission denied"));
    } catch (IOException | SecurityException e) {
      return failed(Issue.error(SpecCodes.IO, "", "cannot read: " + e.getMessage()));
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return read(text, format.get(), shown);
    } catch (CharacterCodingException e) {
      return failed(
          Issue.error(SpecCodes.ENCODING, "", "not UTF-8 text; save the spec as UTF-8")
              .at(new SourceLocation(shown, 1, 1)));
    }
  }

  /** Reads spec text; {@code fileName} is what issue locations name. */
  public static ReadResult read(String text, SpecFormat format, String fileName) {
    try {
      if (exceedsLimit(text)) {
        return failed(tooLarge().at(new SourceLocation(fileName, 1, 1)));
      }
      String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
      if (format == SpecFormat.YAML) {
        Optional<Issue> longLine = LongLines.find(body, fileName);
        if (longLine.isPresent()) {
          return failed(longLine.get());
        }
      }
      TreeBuilder.Result tree = TreeBuilder.build(body, format, fileName);
      if (tree.root().isEmpty()) {
        return new ReadResult(Optional.empty(), sorted(tree.issues()), SpecLocations.empty());
      }
      SpecNode root = tree.root().get();
      Problems problems = new Problems();
      tree.issues().forEach(problems::add);
      Optional<Flow> flow = DocumentReader.read(root, new Values(problems));
      List<Issue> issues = capped(sorted(problems.all()));
      boolean clean = issues.stream().noneMatch(Issue::isError);
      return new ReadResult(clean ? flow : Optional.empty(), issues, SpecLocations.of(root));
    } catch (RuntimeException e) { // a bug: report it, as promised, rather than throw
      return failed(
          Issue.error(
                  SpecCodes.INTERNAL,
                  "",
                  "could not read the spec because of an error in Napkin: " + e)
              .at(new SourceLocation(fileName, 1, 1)));
    }
  }

  private static Issue tooLarge() {
    return Issue.error(
        SpecCodes.TOO_LARGE,
        "",
        "the spec is larger than " + SpecLimits.MAX_BYTES / (1024 * 1024) + " MiB");
  }

  private static ReadResult failed(Issue issue) {
    return new ReadResult(Optional.empty(), List.of(issue), SpecLocations.empty());
  }

  /** At most {@link SpecLimits#MAX_ISSUES}, then one issue saying how many more there were. */
  private static List<Issue> capped(List<Issue> issues) {
    if (issues.size() <= SpecLimits.MAX_ISSUES) {
      return issues;
    }
    List<Issue> kept = new java.util.ArrayList<>(issues.subList(0, SpecLimits.MAX_ISSUES));
    Issue last = kept.get(kept.size() - 1);
    Issue more =
        Issue.error(
            SpecCodes.TOO_MANY_ISSUES,
            "",
            "and " + (issues.size() - SpecLimits.MAX_ISSUES) + " more problems not shown");
    kept.add(last.location().map(more::at).orElse(more));
    return kept;
  }

  private static List<Issue> sorted(List<Issue> issues) {
    return issues.stream().sorted(DOCUMENT_ORDER).toList();
  }

  /** True when the text takes more than the limit in UTF-8, without encoding it. */
  private static boolean exceedsLimit(String text) {
    if (text.length() > SpecLimits.MAX_BYTES) {
      return true;
    }
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes > SpecLimits.MAX_BYTES;
  }
}
