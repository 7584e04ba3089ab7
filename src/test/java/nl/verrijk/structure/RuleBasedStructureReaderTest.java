package nl.verrijk.structure;

import static nl.verrijk.ArticleAssertions.assertConsistent;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.verrijk.Shared;
import nl.verrijk.Verrijk;
import nl.verrijk.io.ArticleJson;
import nl.verrijk.model.Article;
import nl.verrijk.model.Section;
import nl.verrijk.model.Structure;
import org.junit.jupiter.api.Test;

class RuleBasedStructureReaderTest {

  private static final Instant NOW = Instant.parse("2026-01-22T17:00:00Z");

  private static Article read(String file) throws Exception {
    return Verrijk.enrich(Files.readString(Path.of("testdata/structure", file)), NOW);
  }

  private static String text(Article a, nl.verrijk.model.CharSpan s) {
    return s == null ? null : a.text(s);
  }

  @Test
  void exampleArticleMatchesTheGoldStructure() throws Exception {
    Article a = Verrijk.enrich(Shared.exampleArticle(), NOW);
    JsonNode gold = new ObjectMapper().readTree(Shared.path("seeds/000_61d4c29380775753.gold.json").toFile())
        .get("structure");
    Structure s = a.structure();
    assertThat(text(a, s.headline())).isEqualTo(gold.get("headline").asText());
    assertThat(s.dateline().place()).isEqualTo(gold.at("/dateline/place").asText());
    assertThat(s.dateline().placeName()).isEqualTo("Moskou");
    assertThat(s.dateline().agencies()).containsExactlyElementsOf(strings(gold.at("/dateline/agencies")));
    assertThat(text(a, s.relatedHeader())).isEqualTo(gold.get("related_header").asText());
    List<Section> items = s.relatedItems();
    JsonNode goldItems = gold.get("related_items");
    assertThat(items).hasSize(goldItems.size());
    for (int i = 0; i < items.size(); i++) {
      Section item = items.get(i);
      JsonNode g = goldItems.get(i);
      assertThat(item.dateline().place()).as("item %d place", i).isEqualTo(g.get("place").asText());
      assertThat(item.dateline().agencies()).as("item %d agencies", i).containsExactlyElementsOf(strings(g.get("agencies")));
      assertThat(item.age().text()).as("item %d age", i).isEqualTo(g.get("age").asText());
      assertThat(a.text(item.paragraphs().get(0))).as("item %d start", i).startsWith(g.get("starts").asText());
    }
    assertThat(items.get(0).age().duration()).isEqualTo(Duration.ofHours(2));
    assertThat(items.get(0).age().instant()).isEqualTo(Instant.parse("2026-01-22T15:00:00Z"));
    assertThat(s.body().orElseThrow().paragraphs()).hasSize(4);
    assertConsistent(a);
  }

  @Test
  void sectionsScopeSentences() {
    Article a = Verrijk.enrich(Shared.exampleArticle());
    List<Integer> sectionOfSentence = new ArrayList<>();
    a.sentences().forEach(s -> sectionOfSentence.add(a.section(s).map(Section::index).orElse(-1)));
    assertThat(sectionOfSentence.stream().filter(i -> i >= 0).toList()).isSorted();
    assertThat(sectionOfSentence.get(0)).as("the headline is in no section").isEqualTo(-1);
    assertThat(a.sentences().stream().filter(s -> a.text(s).startsWith("\"Dit is een cruciale kwestie"))
        .map(s -> a.section(s).orElseThrow().dateline().place())).containsExactly("BRUSSEL");
    Section tusk = a.structure().relatedItems().get(3);
    assertThat(a.quotes(tusk)).isNotEmpty().allSatisfy(q -> assertThat(tusk.contains(q.content().begin())).isTrue());
    assertThat(a.quotes(tusk)).extracting(q -> q.text()).contains("Dit is een cruciale kwestie voor de veiligheid van Europa");
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void plainProseIsOneBodyAndNothingIsInvented() throws Exception {
    Article a = read("plain-prose.txt");
    Structure s = a.structure();
    assertThat(s.headline()).isNull();
    assertThat(s.dateline()).isNull();
    assertThat(s.relatedHeader()).isNull();
    assertThat(s.sections()).singleElement().satisfies(b -> {
      assertThat(b.kind()).isEqualTo(Section.Kind.BODY);
      assertThat(b.paragraphs()).hasSize(2);
      assertThat(b.age()).isNull();
    });
  }

  @Test
  void belgaDatelineWithoutHeadline() throws Exception {
    Structure s = read("no-headline-belga.txt").structure();
    assertThat(s.headline()).isNull();
    assertThat(s.dateline().place()).isEqualTo("BRUSSEL");
    assertThat(s.dateline().agencies()).containsExactly("BELGA");
    assertThat(s.relatedItems()).isEmpty();
  }

  @Test
  void datelineWithoutAgency() throws Exception {
    Article a = read("no-agency.txt");
    assertThat(a.text(a.structure().headline())).isEqualTo("Grachtenpand in brand");
    assertThat(a.structure().dateline().place()).isEqualTo("AMSTERDAM");
    assertThat(a.structure().dateline().agencies()).isEmpty();
    assertThat(a.text(a.structure().body().orElseThrow().paragraphs().get(0))).startsWith("Een grachtenpand");
  }

  @Test
  void bylineAndDateInTheDateline() throws Exception {
    Article a = read("byline-date.txt");
    assertThat(a.text(a.structure().byline())).isEqualTo("Door onze correspondent Petra de Vries");
    assertThat(a.structure().dateline().place()).isEqualTo("DEN HAAG");
    assertThat(a.structure().dateline().placeName()).isEqualTo("Den Haag");
    assertThat(a.structure().dateline().date()).isEqualTo("3 maart");
    assertThat(a.structure().dateline().agencies()).containsExactly("ANP");
  }

  @Test
  void dashesWindowsLineEndsAndAgesOnTheirOwnLines() throws Exception {
    Article a = read("dashes-crlf-ages-on-lines.txt");
    Structure s = a.structure();
    assertThat(s.dateline().place()).isEqualTo("UTRECHT");
    assertThat(a.text(s.relatedHeader())).isEqualTo("Meer uit Binnenland");
    assertThat(s.relatedItems()).extracting(i -> i.dateline().place()).containsExactly("ZWOLLE", "GRONINGEN");
    assertThat(s.relatedItems()).extracting(i -> i.age().duration()).containsExactly(Duration.ofHours(1), Duration.ofHours(2));
    assertThat(s.relatedItems().get(1).dateline().agencies()).containsExactly("ANP", "NOS");
    assertConsistent(a);
  }

  @Test
  void aDatelineInsideRunningTextStartsNoItem() throws Exception {
    Structure s = read("inline-dateline.txt").structure();
    assertThat(s.dateline().place()).isEqualTo("DEN HAAG");
    assertThat(s.relatedItems()).isEmpty();
  }

  @Test
  void onlyDatelinesAndThirtyAgenciesAreSane() {
    Article a = Verrijk.enrich("MOSKOU (ANP) -\nKYIV (RTR) - \nBRUSSEL (" + "ANP/".repeat(29) + "AFP) - Tekst.");
    assertThat(a.structure().sections()).hasSize(3);
    assertThat(a.structure().sections().get(2).dateline().agencies()).hasSize(30);
    assertConsistent(a);
  }

  @Test
  void structureRoundTripsThroughJsonWithIsoDurations() {
    Article a = Verrijk.enrich(Shared.exampleArticle(), NOW);
    String json = ArticleJson.toJson(a);
    assertThat(json).contains("\"duration\":\"PT3H\"").contains("\"instant\":\"2026-01-22T14:00:00Z\"")
        .contains("\"referenceTime\":\"2026-01-22T17:00:00Z\"");
    assertThat(ArticleJson.fromJson(json)).isEqualTo(a);
  }

  @Test
  void emptyTextHasAnEmptyStructure() {
    assertThat(Verrijk.enrich("").structure().sections()).isEmpty();
  }
}
