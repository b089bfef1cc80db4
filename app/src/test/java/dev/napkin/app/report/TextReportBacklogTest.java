package dev.napkin.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextReportBacklogTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          0.0           | 0.0
          0.14          | 0.1
          99.94         | 99.9
          100           | 100
          1077180.6     | 1,077,181
          """)
  void meanBacklogIsReadableWhateverItsSize(double mean, String shown) {
    assertThat(TextReport.backlog(mean)).isEqualTo(shown);
  }
}
