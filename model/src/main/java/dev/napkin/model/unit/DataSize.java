package dev.napkin.model.unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A size in bytes, written like {@code 512B}, {@code 1KiB}, {@code 4MiB}, {@code 1GB}. */
public record DataSize(long bytes) {
  private static final Pattern FORM =
      Pattern.compile("(\\d+(?:\\.\\d+)?)(B|KiB|MiB|GiB|TiB|KB|MB|GB|TB)");
  private static final String[] UNITS = {"TiB", "TB", "GiB", "GB", "MiB", "MB", "KiB", "KB"};

  public DataSize {
    if (bytes < 0) {
      throw new UnitException("a size cannot be negative");
    }
  }

  public static DataSize ofKibibytes(long kib) {
    return new DataSize(kib * 1024);
  }

  public static DataSize parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      String squeezed = text.replaceAll("\\s+", "");
      String hint =
          !squeezed.equals(text.strip()) && FORM.matcher(squeezed).matches()
              ? "try " + squeezed
              : "expected a number and B, KiB, MiB, GiB, KB, MB or GB, e.g. 1KiB";
      throw UnitException.notA("a size", text, hint);
    }
    BigDecimal bytes =
        new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unitBytes(m.group(2))));
    return new DataSize(bytes.setScale(0, RoundingMode.HALF_EVEN).longValueExact());
  }

  private static long unitBytes(String unit) {
    return switch (unit) {
      case "B" -> 1;
      case "KiB" -> 1L << 10;
      case "MiB" -> 1L << 20;
      case "GiB" -> 1L << 30;
      case "TiB" -> 1L << 40;
      case "KB" -> 1_000L;
      case "MB" -> 1_000_000L;
      case "GB" -> 1_000_000_000L;
      case "TB" -> 1_000_000_000_000L;
      default -> throw new IllegalStateException(unit);
    };
  }

  /** The largest unit that divides the size exactly (binary before decimal at equal magnitude). */
  @Override
  public String toString() {
    for (String unit : UNITS) {
      long size = unitBytes(unit);
      if (bytes >= size && bytes % size == 0) {
        return bytes / size + unit;
      }
    }
    return bytes + "B";
  }
}
