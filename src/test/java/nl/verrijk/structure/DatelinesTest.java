package nl.verrijk.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.verrijk.model.Dateline;
import org.junit.jupiter.api.Test;

/** Datelines as papers write them, each form once, and the lines that only look like one. */
class DatelinesTest {

  private static final Instant REF = Instant.parse("2025-11-20T10:00:00Z");

  private static Dateline at(String line) {
    return Datelines.at(line, 0, line.length(), REF);
  }

  @Test
  void agencyDatelines() {
    Dateline d = at("MOSKOU (ANP/RTR) - Het Kremlin zegt");
    assertThat(d.place()).isEqualTo("MOSKOU");
    assertThat(d.agencies()).containsExactly("ANP", "RTR");
    assertThat(at("BRUSSEL (Belga) - De regering").agencies()).containsExactly("Belga");
    assertThat(at("'S-HERTOGENBOSCH - Een").placeName()).isEqualTo("'s-Hertogenbosch");
    assertThat(at("BRUSSEL -- De ministerraad").place()).isEqualTo("BRUSSEL");
  }

  @Test
  void datedDatelines() {
    Dateline d = at("DEN HAAG, 3 maart (ANP) - Het kabinet");
    assertThat(d.date()).isEqualTo("3 maart");
    assertThat(d.day()).isEqualTo(Instant.parse("2025-03-02T23:00:00Z"));
    Dateline nov = at("GRONINGEN, 14 nov. De gemeenteraad");
    assertThat(nov.place()).isEqualTo("GRONINGEN");
    assertThat(nov.day()).as("the reference time's year").isEqualTo(Instant.parse("2025-11-13T23:00:00Z"));
    Dateline dec = at("ROTTERDAM, 22 december - Het");
    assertThat(dec.day()).as("a date after the reference time is last year's").isEqualTo(Instant.parse("2024-12-21T23:00:00Z"));
    assertThat(at("ROTTERDAM, 26 APRIL. De rellen").date()).isEqualTo("26 APRIL");
    assertThat(at("OOSTERHOUT, maandag FOTO: Visumar").date()).isEqualTo("maandag");
    assertThat(at("ROTTERDAM, 26 april 1999 - De").day()).isEqualTo(Instant.parse("1999-04-25T22:00:00Z"));
    assertThat(at("AMSTERDAM, 31 februari - Iets").day()).as("no such day").isNull();
  }

  @Test
  void titleCasePlacesNeedKnownAgencies() {
    Dateline d = at("Genève (rtr/afp/anp) - De onderhandelingen");
    assertThat(d.place()).isEqualTo("Genève");
    assertThat(d.agencies()).containsExactly("rtr", "afp", "anp");
    assertThat(at("Jansen (voorzitter) - De vergadering")).isNull();
    assertThat(at("GRONINGEN, 14 zaken. De")).as("not a month").isNull();
  }

  @Test
  void insideAParagraph() {
    String line = "pagina 3 kolom 2 Genève (rtr/afp/anp) - De onderhandelingen zijn vastgelopen.";
    Dateline d = Datelines.inside(line, 0, line.length(), REF);
    assertThat(d.span().of(line)).isEqualTo("Genève (rtr/afp/anp) -");
    assertThat(Datelines.inside("Hij zei (in het Frans) - en dat was", 0, 35, REF)).isNull();
    String stamped = "15u46 0 Hasselt Het vernieuwde provinciebestuur heeft vandaag de eed afgelegd.";
    assertThat(Datelines.inside(stamped, 0, stamped.length(), REF).span().of(stamped)).isEqualTo("Hasselt");
    assertThat(Datelines.inside("15u46 0 Het vernieuwde bestuur", 0, 30, REF)).as("no place").isNull();
  }
}
