package nl.verrijk.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.verrijk.model.Article;
import nl.verrijk.model.CharSpan;
import nl.verrijk.model.Page;
import nl.verrijk.structure.RuleBasedStructureReader;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page of {@code testdata/html} read as a user's page would be: headline, byline, time,
 * address and charset as the fixture's {@code .expected.json} says, every body paragraph a line of
 * the text in order, the intertitles marked, and no furniture string anywhere in the text.
 */
class HtmlFixturesTest {

  private static final Path DIR = Path.of("testdata/html");

  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html"))
          .map(n -> n.substring(0, n.length() - 5)).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void readsThePageAsExpected(String name) throws IOException {
    JsonNode want = new ObjectMapper().readTree(DIR.resolve(name + ".expected.json").toFile());
    Article a = HtmlReader.read(Files.readAllBytes(DIR.resolve(name + ".html")), null);
    Page page = a.page();
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(page.charset()).as("charset").isEqualToIgnoringCase(want.get("charset").asText());
    soft.assertThat(page.url()).as("url").isEqualTo(want.path("url").asText(null));
    if (!want.get("article").asBoolean()) {
      soft.assertThat(a.text()).as("a page without an article gives no text").isEmpty();
      soft.assertAll();
      return;
    }
    soft.assertThat(page.headline() == null ? null : a.text(page.headline())).as("headline")
        .isEqualTo(want.path("headline").asText(null));
    soft.assertThat(page.byline()).as("byline").isEqualTo(want.path("byline").asText(null));
    soft.assertThat(page.published()).as("published")
        .isEqualTo(want.path("published").isNull() ? null : Instant.parse(want.get("published").asText()));
    soft.assertThat(a.referenceTime()).as("reference time is the publication time").isEqualTo(page.published());
    List<String> lines = a.text().lines().filter(l -> !l.isBlank()).toList();
    List<String> paragraphs = new ArrayList<>();
    want.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
    soft.assertThat(lines).as("paragraphs, in order").containsSubsequence(paragraphs);
    List<String> intertitles = new ArrayList<>();
    want.get("intertitles").forEach(p -> intertitles.add(p.asText()));
    soft.assertThat(page.intertitles().stream().map(a::text).toList()).as("intertitles")
        .containsExactlyElementsOf(intertitles);
    for (JsonNode f : want.get("furniture")) {
      soft.assertThat(a.text()).as("furniture kept out of the text").doesNotContain(f.asText());
    }
    var structure = RuleBasedStructureReader.instance().read(a.text(), a.referenceTime(), page);
    soft.assertThat(structure.headline()).as("structure headline is the page's").isEqualTo(page.headline());
    for (CharSpan t : page.intertitles()) {
      soft.assertThat(structure.sectionAt(t.begin()).orElseThrow().kind().name()).as("intertitle section")
          .isEqualTo("INTERTITLE");
    }
    soft.assertAll();
  }
}
