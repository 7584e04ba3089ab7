package nl.verrijk.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import nl.verrijk.Verrijk;
import nl.verrijk.io.ArticleJson;
import nl.verrijk.model.Article;
import nl.verrijk.model.Mention;
import nl.verrijk.model.Quote;
import org.junit.jupiter.api.Test;

/** Bad and odd pages: a clear result or message, never a hang, never lost article text. */
class HtmlReaderTest {

  private static final String ARTICLE = "<p>DEN HAAG (ANP) - Het kabinet is gevallen. \"Dit is een zwarte dag\", zei "
      + "premier Jansen woensdag in de Tweede Kamer. Hij zag geen andere uitweg meer na weken van ruzie in de "
      + "coalitie over het asielbeleid.</p>";

  @Test
  void nullIsRefusedClearly() {
    assertThatThrownBy(() -> HtmlReader.read((String) null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("html");
    assertThatThrownBy(() -> HtmlReader.read((byte[]) null, null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("html");
  }

  @Test
  void emptyAndArticleFreePagesGiveEmptyText() {
    assertThat(HtmlReader.read("").text()).isEmpty();
    assertThat(HtmlReader.read("<html><body><nav>Home Sport</nav></body></html>").text()).isEmpty();
    assertThat(Verrijk.enrichHtml("").tokens()).isEmpty();
  }

  @Test
  void entitiesAreDecodedAndTagsNeverReachTheText() {
    Article a = HtmlReader.read("<html><body><article><h1>Kabinet &amp; Kamer</h1><p>Het kabinet zei &quot;nee&quot; "
        + "tegen het plan, meldt de NOS&nbsp;woensdag. Ook de Tweede Kamer was tegen het voorstel van de minister, "
        + "maar dat maakte de premier niet uit: hij ging door.</p><script>var x = '<p>';</script></article></body></html>");
    assertThat(a.text()).startsWith("Kabinet & Kamer\n\nHet kabinet zei \"nee\" tegen het plan, meldt de NOS woensdag.")
        .doesNotContain("<").doesNotContain("var x");
  }

  @Test
  void aBylineBlockBecomesTheBylineAndAnIntroStartingWithVanStays() {
    String body = "<p>Het kabinet krijgt van alle kanten kritiek op het plan om de belasting te verhogen, zeggen de "
        + "partijen in de Kamer.</p></article></body></html>";
    Article by = HtmlReader.read("<html><body><article><h1>Kritiek</h1><p>Van onze verslaggever Jan Jansen</p>" + body);
    assertThat(by.page().byline()).isEqualTo("Jan Jansen");
    assertThat(by.text()).doesNotContain("verslaggever");
    Article intro = HtmlReader.read("<html><body><article><h1>Kritiek</h1><p>Van alle kanten kritiek</p>" + body);
    assertThat(intro.page().byline()).isNull();
    assertThat(intro.text()).contains("Van alle kanten kritiek");
  }

  @Test
  void brokenMarkupKeepsTheArticleText() {
    Article a = HtmlReader.read("<html><body><div class=artikel><h1>Titel van het stuk<p>" + ARTICLE.substring(3)
        + "</div></span></b><p>Tweede alinea zonder einde, met nog meer tekst over het kabinet en de Kamer die "
        + "lang duurt en veel woorden heeft, zo veel dat het een echte alinea wordt.");
    assertThat(a.text()).contains("DEN HAAG (ANP) - Het kabinet is gevallen.").contains("Tweede alinea zonder einde");
  }

  @Test
  void windows1252PagesAreReadRightWhateverTheyDeclare() {
    String page = "<html><head><meta charset=\"utf-8\"></head><body><article><h1>Café dicht</h1><p>BRUGGE - Het café "
        + "„De Zwaan” gaat dicht, zegt de eigenaar. Het café bestond sinds 1890 en was een van de oudste van de stad, "
        + "met veel vaste klanten en een grote oude biljarttafel.</p></article></body></html>";
    Article a = HtmlReader.read(page.getBytes(Charset.forName("windows-1252")), null);
    assertThat(a.page().charset()).isEqualTo("windows-1252");
    assertThat(a.text()).contains("Het café „De Zwaan” gaat dicht");
    Article latin1 = HtmlReader.read(page.replace("utf-8", "iso-8859-1").getBytes(Charset.forName("windows-1252")), null);
    assertThat(latin1.text()).as("iso-8859-1 is read as windows-1252").contains("„De Zwaan”");
    Article utf8 = HtmlReader.read(page.replace("utf-8", "iso-8859-1").getBytes(StandardCharsets.UTF_8), null);
    assertThat(utf8.text()).as("valid UTF-8 wins over a wrong declaration").contains("Het café „De Zwaan”");
  }

  @Test
  void binaryInputGivesASaneResult() {
    byte[] junk = new byte[200_000];
    new Random(7).nextBytes(junk);
    Article a = HtmlReader.read(junk, null);
    assertThat(a.text().length()).isLessThan(400_000);
    assertThat(Verrijk.pipeline().annotate(a).text()).isEqualTo(a.text());
  }

  @Test
  void tenMegabytesAndDeepNestingAreReadInLinearTime() {
    StringBuilder big = new StringBuilder("<html><body><article><h1>Lang</h1>");
    while (big.length() < 10_000_000) {
      big.append(ARTICLE).append('\n');
    }
    big.append("</article></body></html>");
    long t0 = System.nanoTime();
    Article a = HtmlReader.read(big.toString());
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
    assertThat(a.text()).contains("DEN HAAG (ANP) - Het kabinet is gevallen.");
    String deep = "<html><body>" + "<div>".repeat(20_000) + ARTICLE.repeat(3) + "</div>".repeat(20_000) + "</body></html>";
    long t1 = System.nanoTime();
    Article d = HtmlReader.read(deep);
    assertThat(Duration.ofNanos(System.nanoTime() - t1)).isLessThan(Duration.ofSeconds(10));
    assertThat(d.text()).contains("Hij zag geen andere uitweg meer");
  }

  @Test
  void thePageAndItsMetadataRoundTripThroughJson() throws Exception {
    Article a = Verrijk.enrichHtml(Files.readString(Path.of("testdata/html/vrtnws.html")));
    Article back = ArticleJson.fromJson(ArticleJson.toJson(a));
    assertThat(back).isEqualTo(a);
    assertThat(back.page().url()).startsWith("https://www.vrt.be/");
    assertThat(ArticleJson.toJson(a)).contains("\"page\":{\"url\":");
  }

  @Test
  void theReferenceTimeIsUsedWhenThePageGivesNoTime() {
    Instant ref = Instant.parse("2026-01-22T17:00:00Z");
    String page = "<html><body><article><h1>Kabinet gevallen</h1>" + ARTICLE + "</article></body></html>";
    assertThat(Verrijk.enrichHtml(page, ref).referenceTime()).isEqualTo(ref);
    String dated = "<html><head><meta property=\"article:published_time\" content=\"2025-03-14T10:12:00+01:00\">"
        + "</head><body><article><h1>Kabinet gevallen</h1>" + ARTICLE + "</article></body></html>";
    assertThat(Verrijk.enrichHtml(dated, ref).referenceTime()).isEqualTo(Instant.parse("2025-03-14T09:12:00Z"));
  }

  @Test
  void noQuoteOrEntityComesFromFurnitureOnAnyFixture() throws Exception {
    for (String name : new String[] {"nos", "nunl", "hln", "standaard", "telegraaf", "archief1998"}) {
      Article a = Verrijk.pipeline().annotate(HtmlReader.read(Files.readAllBytes(Path.of("testdata/html", name + ".html")), null));
      assertThat(a.quotes()).as(name).isNotEmpty();
      for (Quote q : a.quotes()) {
        assertThat(a.structure().isFurniture(q.content().begin())).as("%s: %s", name, q).isFalse();
      }
      for (Mention m : a.mentions()) {
        assertThat(a.structure().isFurniture(m.span().begin())).as("%s: %s", name, m).isFalse();
      }
    }
  }
}
