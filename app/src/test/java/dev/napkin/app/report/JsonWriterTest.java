package dev.napkin.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class JsonWriterTest {
  @Test
  void escapesQuotesBackslashesAndControlCharacters() {
    StringBuilder out = new StringBuilder();

    JsonWriter.quote(out, "a \"b\" \\ c\nd\te\u0001 µ ✓ \u2028");

    assertThat(out.toString()).isEqualTo("\"a \\\"b\\\" \\\\ c\\nd\\te\\u0001 µ ✓ \\u2028\"");
  }

  @Test
  void printsAFixedLayoutThatParsesBack() {
    JsonWriter.Obj root =
        JsonWriter.object()
            .put("name", "tricky \"flow\"\n")
            .put("count", JsonWriter.integer(3))
            .put("ci", List.of(JsonWriter.number("1.5"), JsonWriter.number("2.0")))
            .put("absent", null)
            .put("empty", List.of())
            .put("items", List.of(JsonWriter.object().put("ok", true)));

    String json = JsonWriter.print(root);

    assertThat(json)
        .isEqualTo(
            """
            {
              "name": "tricky \\"flow\\"\\n",
              "count": 3,
              "ci": [1.5, 2.0],
              "absent": null,
              "empty": [],
              "items": [
                {
                  "ok": true
                }
              ]
            }
            """);
    assertThat(JsonMapper.builder().build().readTree(json).get("name").asString())
        .isEqualTo("tricky \"flow\"\n");
  }
}
