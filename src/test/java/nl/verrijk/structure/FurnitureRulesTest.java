package nl.verrijk.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test per furniture rule: what it takes as furniture and the article line it must leave alone. */
class FurnitureRulesTest {

  private static String rule(String line, Set<String> earlier) {
    FurnitureRule r = FurnitureRules.match(line, 0, line.length(), earlier);
    return r == null ? null : r.name();
  }

  private static String rule(String line) {
    return rule(line, Set.of());
  }

  @Test
  void openings() {
    assertThat(rule("Lees ook: Kabinet wil snel duidelijkheid")).isEqualTo("opening");
    assertThat(rule("Wij gebruiken cookies en vergelijkbare technieken")).isEqualTo("opening");
    assertThat(rule("Heb je zelf iets gezien? Stuur je tip naar de redactie")).isEqualTo("opening");
    assertThat(rule("Lees ooknog iets")).isNull();
    assertThat(rule("Akkoord, het is een wat vreemde manier om te beginnen, zei hij.")).isNull();
  }

  @Test
  void pageDates() {
    assertThat(rule("13:53")).isEqualTo("page-date");
    assertThat(rule("Zaterdag 10/12/2022")).isEqualTo("page-date");
    assertThat(rule("07 augustus 2018")).isEqualTo("page-date");
    assertThat(rule("15u46 0")).isEqualTo("page-date");
    assertThat(rule("Bijgewerkt: 11 feb 2025 15:05")).isEqualTo("page-date");
    assertThat(rule("2 weeks 2 days ago")).isEqualTo("page-date");
    assertThat(rule("1/09/16 - 23u05 Bron: Sporza")).isEqualTo("page-date");
    assertThat(rule("Op 7 augustus 2018 brak er brand uit.")).isNull();
  }

  @Test
  void readingTimes() {
    assertThat(rule("1 minuut leestijd Arcering uitzetten")).isEqualTo("reading-time");
    assertThat(rule("Leestijd: 3 min")).isEqualTo("reading-time");
    assertThat(rule("Het duurde 3 minuten voor de hulpdiensten er waren.")).isNull();
  }

  @Test
  void cookieNotices() {
    assertThat(rule("Digibron cookies")).isEqualTo("cookie-notice");
    assertThat(rule("Onderstaande cookies zijn optioneel, maar verbeteren uw ervaring van de site.")).isEqualTo("cookie-notice");
    assertThat(rule("De bakker verkoopt koekjes en cookiedeeg aan de buurt.")).isNull();
  }

  @Test
  void initials() {
    assertThat(rule("TDN")).isEqualTo("initials");
    assertThat(rule("NAVO wil meer geld")).isNull();
  }

  @Test
  void buttons() {
    assertThat(rule("+ Meer informatie")).isEqualTo("button");
    assertThat(rule("› Bekijk alle berichten")).isEqualTo("button");
    assertThat(rule("+ De gemeente wil dat de straat dit jaar nog opnieuw wordt aangelegd.")).isNull();
  }

  @Test
  void labelledCaptions() {
    assertThat(rule("Het groentheater in het Osseghempark tijdens Brosella (archiefbeeld).")).isEqualTo("photo-credit");
    assertThat(rule("De minister op bezoek in Gent (foto: Belga)")).isEqualTo("photo-credit");
    assertThat(rule("Het festival trok meer bezoekers dan vorig jaar (zie kader).")).isNull();
  }

  @Test
  void photoCredits() {
    assertThat(rule("Bart Maddens aan de KU Leuven.’Beeld Thomas Sweertvaegher")).isEqualTo("photo-credit");
    assertThat(rule("Thom de GraafBeeld ANP")).isEqualTo("photo-credit");
    assertThat(rule("IJsmeester meet de ijsdikte bij Bartlehiem. Foto: Niels Westra")).isEqualTo("photo-credit");
    assertThat(rule("null Beeld Rob en Robin")).isEqualTo("photo-credit");
    assertThat(rule("Willem Kok (1938), politicus. foto VINCENT MENTZEL . Nederland. Amsterdam, 26 augustus 2011"))
        .isEqualTo("photo-credit");
    assertThat(rule("De politie maakte een foto van de verdachte.")).isNull();
    assertThat(rule("Op de foto staat Mark Rutte naast de koning, die lacht.")).isNull();
  }

  @Test
  void sourceNotes() {
    assertThat(rule("(Trouw, pagina 5)")).isEqualTo("source-note");
    assertThat(rule("(DCFS) en (BMK)")).isNull();
  }

  @Test
  void repeatedLines() {
    String h = "Politiechef: we zijn voorbereid op een heet weekendje";
    assertThat(rule(h, Set.of(h))).isEqualTo("repeated-line");
    assertThat(rule(h, Set.of())).isNull();
  }

  @Test
  void menus() {
    assertThat(rule("NIEUWS  TEGENSPRAAK  SUPPLEMENT  DOSSIERS  ARCHIEF")).isEqualTo("menu");
    assertThat(rule("Home | Binnenland | Buitenland | Sport")).isEqualTo("menu");
    assertThat(rule("KABINET VALT OVER ASIEL")).isEqualTo("menu");
    assertThat(rule("DEN HAAG (ANP) - Het kabinet is gevallen.")).isNull();
  }

  @Test
  void authorLines() {
    assertThat(rule("Ann Van den Broek")).isEqualTo("names-only");
    assertThat(rule("Hassan Bahara en Gijs Beukers")).isEqualTo("names-only");
    assertThat(rule("NRC Handelsblad")).isNull();
    assertThat(rule("Grote impact")).isNull();
  }

  @Test
  void linesWithoutWords() {
    assertThat(rule("6°C")).isEqualTo("no-words");
    assertThat(rule("0")).isEqualTo("no-words");
    assertThat(rule("Ja")).isNull();
  }

  @Test
  void theHtmlReaderAsksTheSameRules() {
    assertThat(FurnitureRules.isFurniture("Deel dit artikel")).isTrue();
    assertThat(FurnitureRules.isFurniture("")).isFalse();
    assertThat(FurnitureRules.isFurniture("Het kabinet trekt 420 miljoen uit voor de dijken.")).isFalse();
  }
}
