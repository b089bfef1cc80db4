package dev.napkin.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineageNamesTest {
  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Clickstream sessions | clickstream-sessions",
        "Campaign counts (Kappa) | campaign-counts-kappa",
        "  Near-real-time user features! | near-real-time-user-features",
        "ÉTÉ 2024 | t-2024",
      })
  void flowNamesBecomeLowerCaseHyphenatedSlugs(String name, String slug) {
    assertThat(LineageNames.slug(name)).contains(slug);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource({"'🚀'", "'--'", "' '"})
  void aNameWithNoAsciiLetterOrDigitHasNoSlug(String name) {
    assertThat(LineageNames.slug(name)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "kafka | kafka",
        "S3 | s3",
        "Google BigQuery | google-bigquery",
        "postgres+cdc | postgres+cdc",
        "3d-store | ",
        "ünïcode | ",
      })
  void techBecomesAUriSchemeOrNone(String tech, String scheme) {
    assertThat(LineageNames.scheme(tech)).isEqualTo(Optional.ofNullable(scheme));
  }
}
