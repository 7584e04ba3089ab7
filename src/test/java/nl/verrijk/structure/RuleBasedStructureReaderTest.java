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
    assertThat(a.headline()).contains(gold.get("headline").asText());
    assertThat(Article.of("Geen kop.").headline()).isEmpty();
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
    assertThat(sectionOfSentence).doesNotContain(-1).isSorted();
    assertThat(a.section(a.sentences().get(0)).orElseThrow().kind()).as("the headline's own section")
        .isEqualTo(Section.Kind.HEADLINE);
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
  void aListedTownInTitleCaseBeforeASpacedDashIsADateline() {
    Structure s = structure("Brussel - Minister De Block voelt zich niet aangesproken door de kritiek van haar collega.");
    assertThat(s.dateline()).isNotNull();
    assertThat(s.dateline().place()).isEqualTo("Brussel");
    assertThat(structure("Anderlecht - Club Brugge 2-1").dateline()).as("a score").isNull();
    assertThat(structure("Koffie - Het is een drank die veel mensen elke ochtend drinken, zeker hier.").dateline())
        .as("no town").isNull();
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

  private static Structure structure(String text) {
    return RuleBasedStructureReader.instance().read(text, NOW);
  }

  private static List<String> kinds(Structure s) {
    return s.sections().stream().map(x -> x.kind().name()).toList();
  }

  @Test
  void aBannerAboveAnAgencyItemIsFurnitureAndTheItemIsTheBody() {
    String text = "Webmail\n\nKies je webmail\n\nOmdat ZeelandNet ook DELTA webmail aanbiedt, vragen we je eenmalig je "
        + "voorkeur op te geven.\n\nPolitiechef: we zijn voorbereid\n\nPolitiechef: we zijn voorbereid\n\n"
        + "DEN HAAG (ANP) - De politie is \"voorbereid op een heet weekendje\", zegt Wilbert Paulissen. Dat zei hij "
        + "in De Telegraaf.\n";
    Structure s = structure(text);
    assertThat(s.headline().of(text)).isEqualTo("Politiechef: we zijn voorbereid");
    assertThat(s.dateline().place()).isEqualTo("DEN HAAG");
    assertThat(kinds(s)).containsExactly("FURNITURE", "HEADLINE", "FURNITURE", "BODY");
    assertThat(s.isFurniture(text.indexOf("ZeelandNet"))).isTrue();
    assertThat(s.isFurniture(text.lastIndexOf("Politiechef"))).as("the repeated headline").isTrue();
  }

  @Test
  void theHeadlineIsTheTitleAboveTheBodyNotALabelOrADate() {
    String text = "6°C\nWest-Vlaanderen\n\nDriedaagse staking eindigt met nationale stakingsdag\n\nAcv\n\n"
        + "De vakbonden vatten vandaag de derde dag van hun stakingsacties tegen het beleid van de regering aan.\n";
    assertThat(structure(text).headline().of(text)).isEqualTo("Driedaagse staking eindigt met nationale stakingsdag");
    String dated = "Brand in VRT-gebouw 07 augustus 2018\n\nEr is gistermiddag een brand uitgebroken in het "
        + "VRT-gebouw, de werknemers werden geëvacueerd.\n";
    Structure d = structure(dated);
    assertThat(d.headline().of(dated)).isEqualTo("Brand in VRT-gebouw");
    assertThat(d.isFurniture(dated.indexOf("07 augustus"))).isTrue();
    String over = ",,Onze argumentatie is begrepen''\n\nINTERVIEW. Staatssecretaris Boutmans wordt niet verder "
        + ",,uitgekleed''\n\nBRUSSEL -- De ministerraad beslist vandaag dat Ontwikkelingssamenwerking apart blijft.\n";
    assertThat(structure(over).headline().of(over)).as("a headline over its subtitle")
        .isEqualTo(",,Onze argumentatie is begrepen''");
    String initials = "De Boeck verlaat Bosuil, Bölöni: “Dom dat we verlengingen moesten spelen” DMM\n\nEen logische "
        + "kwalificatie voor Antwerp tegen Lokeren, al waren daar wel 120 minuten voor nodig.\n";
    assertThat(structure(initials).headline().of(initials)).endsWith("spelen”");
    String author = "Burgemeester duidelijk: “Vijf pv’s voor tiental probleemjongeren” Mathias Mariën\n\nSinds begin november is "
        + "de politie twintig keer opgeroepen voor een incident met jongeren aan het station.\n";
    assertThat(structure(author).headline().of(author)).as("an author's name").endsWith("probleemjongeren”");
    String lower = "Storm was toch “niet uitzonderlijk” kg\n\nWeerkundige David Dehenauw van het KMI noemt het stormweer dat "
        + "gisteren over delen van het land raasde niet uitzonderlijk.\n";
    assertThat(structure(lower).headline().of(lower)).as("initials in lower case").endsWith("uitzonderlijk”");
    String caps = "\"Politie nodig? Ga naar Zwijndrecht!\" 85-JARIG SLACHTOFFER VOELT ZICH IN DE KOU GEZET PHILIPPE TRUYTS\n\n"
        + "Het is zomer en dan zitten pickpockets sneller in je achterzak dan je lief is, ook op Linkeroever.\n";
    assertThat(structure(caps).headline().of(caps)).as("a subtitle and byline in capitals")
        .isEqualTo("\"Politie nodig? Ga naar Zwijndrecht!\"");
    String repeated = "radio LIVE tv LIVE\n\nOndernemers zien de tweede golf met zorg tegemoet\n\n"
        + "Ondernemers zien de tweede golf met zorg tegemoet\nPeter Muller van cadeauwinkel Kkec houdt de moed erin\n\n"
        + "De zorgen bij ondernemers zijn weer helemaal terug nu de maatregelen zijn aangescherpt vanwege de tweede golf.\n";
    assertThat(structure(repeated).headline().of(repeated)).as("the title the page repeats, not the caption under it")
        .isEqualTo("Ondernemers zien de tweede golf met zorg tegemoet");
    String afterVerb = "KMI waarschuwt: noodnummer 1722 geactiveerd ADN\n\nHet KMI waarschuwt voor hevige regen- en "
        + "onweersbuien vanavond en vannacht in het zuiden van het land.\n";
    assertThat(structure(afterVerb).headline().of(afterVerb)).as("initials after a verb").endsWith("geactiveerd");
    String acronym = "Kabinet vraagt meer geld aan de NAVO\n\nHet kabinet wil dat de bondgenoten meer bijdragen aan de "
        + "gezamenlijke verdediging van het bondgenootschap.\n";
    assertThat(structure(acronym).headline().of(acronym)).as("an acronym after a function word").endsWith("NAVO");
    String glued = "Afgeslankte provincieraad uit de startblokken Nieuwe voorzitter maakt meteen al eerste uitschuiver "
        + "Dirk Selis\n\nHet vernieuwde Limburgse provinciebestuur heeft vandaag de eed afgelegd, met vier gedeputeerden.\n";
    Structure g = structure(glued);
    assertThat(g.headline().of(glued)).as("a subtitle glued on").isEqualTo("Afgeslankte provincieraad uit de startblokken");
    assertThat(g.isFurniture(glued.indexOf("Nieuwe voorzitter"))).isTrue();
    String owl = "De Boeck verlaat Bosuil met opgegeven hoofd na de wedstrijd\n\nEen logische kwalificatie voor Antwerp "
        + "tegen Lokeren, al waren daar wel 120 minuten voor nodig.\n";
    assertThat(structure(owl).headline().of(owl)).as("a name the lexicon has as a noun").startsWith("De Boeck verlaat Bosuil met");
    String site = "NOS Nieuws - Algemeen\n\nOM stopt met actief opsporen matchfixing\n\nHet Openbaar Ministerie "
        + "stopt met het actief opsporen van matchfixing, bevestigt een woordvoerder.\n";
    assertThat(structure(site).headline().of(site)).as("not a site label")
        .isEqualTo("OM stopt met actief opsporen matchfixing");
  }

  @Test
  void intertitlesAndFurnitureInsideTheBodyAreSectionsOfTheirOwn() {
    String text = "Kabinet trekt geld uit voor dijken\n\nDEN HAAG (ANP) - Het kabinet trekt 420 miljoen uit voor de "
        + "versterking van de dijken langs de Maas, zegt de minister.\n\nLees ook: Waterschappen slaan alarm\n\n"
        + "Waterschappen teleurgesteld\n\nDe waterschappen vinden het niet genoeg, zegt hun voorzitter in een "
        + "verklaring aan de pers.\n\nAnn Van den Broek\n";
    Structure s = structure(text);
    assertThat(kinds(s)).containsExactly("HEADLINE", "BODY", "FURNITURE", "INTERTITLE", "BODY", "FURNITURE");
    assertThat(s.intertitles().get(0).span().of(text)).isEqualTo("Waterschappen teleurgesteld");
    assertThat(s.storyAt(text.indexOf("De waterschappen"))).as("one story across the intertitle").isZero();
    assertThat(s.body().orElseThrow().dateline().place()).isEqualTo("DEN HAAG");
  }

  @Test
  void signaturesAndBylinesAreFurniture() {
    String text = "Brand in loods\n\nDoor Jan de Vries\n\nEr is gistermiddag een brand uitgebroken in een loods aan de "
        + "haven van Gent, de brandweer had het vuur snel onder controle. (DCFS)\n";
    Structure s = structure(text);
    assertThat(s.byline().of(text)).isEqualTo("Door Jan de Vries");
    assertThat(s.isFurniture(text.indexOf("Jan de Vries"))).isTrue();
    assertThat(s.isFurniture(text.indexOf("(DCFS)"))).isTrue();
    assertThat(s.isFurniture(text.indexOf("onder controle"))).isFalse();
  }

  @Test
  void aDigestPageIsOneSectionPerItem() {
    String text = "GRONINGEN, 14 nov. De gemeenteraad stemt in met het nieuwe plan voor het centrum.\n"
        + "ASSEN, 14 nov. Het provinciehuis gaat dicht voor een verbouwing van twee jaar.\n"
        + "ZWOLLE, 13 nov. De schouwburg krijgt een nieuwe directeur.\n";
    Structure s = structure(text);
    assertThat(s.dateline().place()).isEqualTo("GRONINGEN");
    assertThat(s.relatedItems()).extracting(x -> x.dateline().place()).containsExactly("ASSEN", "ZWOLLE");
  }

  @Test
  void aGluedAgeBeforeADatelineInsideALineOpensAnItem() {
    String text = "Het Kremlin zegt dat. 2 uur geledenBRUSSEL (ANP) - Volgens Kallas niet.";
    Structure s = structure(text);
    assertThat(kinds(s)).containsExactly("BODY", "RELATED_ITEM");
    assertThat(s.body().orElseThrow().age().text()).isEqualTo("2 uur geleden");
    assertThat(s.relatedItems().get(0).dateline().place()).isEqualTo("BRUSSEL");
    String ocr = "pagina 3 kolom 2 Genève (rtr/afp/anp) - De onderhandelingen over een bestand zijn vastgelopen.";
    Structure o = structure(ocr);
    assertThat(kinds(o)).containsExactly("FURNITURE", "BODY");
    assertThat(o.dateline().placeName()).isEqualTo("Genève");
  }

  @Test
  void everyLineIsInASectionAndSectionsDoNotOverlap() throws Exception {
    for (Path f : Files.list(Path.of("testdata/articles")).filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
      String text = Files.readString(f);
      Structure s = structure(text);
      int end = 0;
      for (Section x : s.sections()) {
        assertThat(x.span().begin()).as("%s: %s after the previous section", f, x).isGreaterThanOrEqualTo(end);
        end = x.span().end();
      }
      for (String line : text.split("\\R")) {
        if (!line.isBlank()) {
          int at = text.indexOf(line.strip());
          assertThat(s.sectionAt(at)).as("%s: line «%s» lies in a section", f, line.strip())
              .isPresent().get().matches(x -> x.span().end() > at);
        }
      }
    }
  }

  @Test
  void emptyTextHasAnEmptyStructure() {
    assertThat(Verrijk.enrich("").structure().sections()).isEmpty();
  }
}
