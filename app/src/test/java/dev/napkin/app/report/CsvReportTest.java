package dev.napkin.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvReportTest {
  @Test
  void quotesCellsWithCommasQuotesOrLineBreaks() {
    assertThat(CsvReport.cell("plain")).isEqualTo("plain");
    assertThat(CsvReport.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvReport.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvReport.cell("two\nlines")).isEqualTo("\"two\nlines\"");
  }
}
