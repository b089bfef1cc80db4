package dev.napkin.model.spec;

import dev.napkin.model.flow.TraceData;
import dev.napkin.model.validate.Issue;
import dev.napkin.model.validate.SourceLocation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a trace CSV: one column {@code time} (arrival timestamps in seconds) or two, {@code
 * time,count} (records per interval starting at {@code time}). The header may be left out; blank
 * lines and lines starting with {@code #} are skipped. Problems come back as issues at their line
 * and column.
 */
public final class TraceReader {
  /** Largest trace file read, in bytes. */
  public static final long MAX_BYTES = 256L * 1024 * 1024;

  private static final int MAX_ISSUES = 20;
  private static final BigDecimal NANOS = BigDecimal.valueOf(1_000_000_000L);

  /** The trace, present only when there are no issues, and the issues. */
  public record Result(Optional<TraceData> data, List<Issue> issues) {
    public Result {
      issues = List.copyOf(issues);
    }
  }

  private final String file;
  private final List<Issue> issues = new ArrayList<>();
  private int columns; // 0 until the header or first row says
  private long[] times = new long[1024];
  private long[] counts = new long[1024];
  private int rows;

  private TraceReader(String file) {
    this.file = file;
  }

  public static Result read(Path csv) {
    String shown = csv.toString();
    try {
      if (Files.size(csv) > MAX_BYTES) {
        return failed(
            Issue.error(
                    SpecCodes.TOO_LARGE,
                    "",
                    "the trace is larger than " + MAX_BYTES / (1024 * 1024) + " MiB")
                .at(new SourceLocation(shown, 1, 1)));
      }
      var decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      try (BufferedReader in =
          new BufferedReader(new InputStreamReader(Files.newInputStream(csv), decoder))) {
        return new TraceReader(shown).readAll(in);
      }
    } catch (NoSuchFileException e) {
      return failed(
          Issue.error(SpecCodes.IO, "", "cannot read the trace " + shown + ": no such file"));
    } catch (CharacterCodingException e) {
      return failed(
          Issue.error(SpecCodes.ENCODING, "", "the trace is not UTF-8 text")
              .at(new SourceLocation(shown, 1, 1)));
    } catch (IOException e) {
      return failed(Issue.error(SpecCodes.IO, "", "cannot read the trace " + shown + ": " + e));
    }
  }

  private static Result failed(Issue issue) {
    return new Result(Optional.empty(), List.of(issue));
  }

  private Result readAll(BufferedReader in) throws IOException {
    String line;
    int number = 0;
    while ((line = in.readLine()) != null && issues.size() < MAX_ISSUES) {
      number++;
      String text = number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
      String stripped = text.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      if (columns == 0 && isHeader(stripped, number)) {
        continue;
      }
      row(text, number);
    }
    if (issues.isEmpty() && rows == 0) {
      issues.add(
          Issue.error(SpecCodes.TRACE_FORMAT, "", "the trace has no rows")
              .at(new SourceLocation(file, Math.max(1, number), 1)));
    }
    if (!issues.isEmpty()) {
      return new Result(Optional.empty(), issues);
    }
    long[] t = Arrays.copyOf(times, rows);
    TraceData data =
        columns == 1 ? TraceData.arrivals(t) : TraceData.counts(t, Arrays.copyOf(counts, rows));
    return new Result(Optional.of(data), List.of());
  }

  /** True for a header line ({@code time} or {@code time,count}), which also fixes the form. */
  private boolean isHeader(String line, int number) {
    String header = line.replace(" ", "").toLowerCase(Locale.ROOT);
    if (header.equals("time") || header.equals("time,count")) {
      columns = header.equals("time") ? 1 : 2;
      return true;
    }
    if (!Character.isDigit(line.charAt(0)) && line.charAt(0) != '.') {
      error(number, 1, "expected a header time or time,count, or a first row of numbers");
      return true;
    }
    return false;
  }

  private void row(String line, int number) {
    String[] cells = line.split(",", -1);
    if (columns == 0) {
      columns = cells.length == 1 ? 1 : 2;
    }
    if (cells.length != columns) {
      error(
          number,
          1,
          "expected "
              + (columns == 1 ? "one column, time" : "two columns, time,count")
              + ", found "
              + cells.length);
      return;
    }
    int column = 1;
    Optional<Long> time = time(cells[0], number, column + leading(cells[0]));
    column += cells[0].length() + 1;
    Optional<Long> count =
        columns == 2 ? count(cells[1], number, column + leading(cells[1])) : Optional.of(1L);
    if (time.isEmpty() || count.isEmpty()) {
      return;
    }
    if (columns == 2 && rows > 0 && time.get() <= times[rows - 1]) {
      error(
          number,
          1 + leading(cells[0]),
          "interval starts must increase: "
              + cells[0].strip()
              + " does not come after the row before");
      return;
    }
    add(time.get(), count.get());
  }

  private Optional<Long> time(String cell, int line, int column) {
    String text = cell.strip();
    if (!text.matches("(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?")) {
      error(line, column, Quoted.of(text) + " is not a time in seconds (e.g. 12.5)");
      return Optional.empty();
    }
    try {
      BigDecimal nanos = new BigDecimal(text).multiply(NANOS).setScale(0, RoundingMode.HALF_EVEN);
      return Optional.of(nanos.longValueExact());
    } catch (ArithmeticException e) {
      error(line, column, Quoted.of(text) + " seconds is too large");
      return Optional.empty();
    }
  }

  private Optional<Long> count(String cell, int line, int column) {
    String text = cell.strip();
    try {
      if (text.matches("\\d{1,19}")) {
        return Optional.of(Long.parseLong(text));
      }
    } catch (NumberFormatException e) {
      // too large: reported below
    }
    error(line, column, Quoted.of(text) + " is not a count (a whole number, 0 or more)");
    return Optional.empty();
  }

  private void add(long time, long count) {
    if (rows == times.length) {
      times = Arrays.copyOf(times, rows * 2);
      counts = Arrays.copyOf(counts, rows * 2);
    }
    times[rows] = time;
    counts[rows] = count;
    rows++;
  }

  private static int leading(String cell) {
    int i = 0;
    while (i < cell.length() && Character.isWhitespace(cell.charAt(i))) {
      i++;
    }
    return i;
  }

  private void error(int line, int column, String message) {
    issues.add(
        Issue.error(SpecCodes.TRACE_FORMAT, "", message)
            .at(new SourceLocation(file, line, column)));
  }
}
