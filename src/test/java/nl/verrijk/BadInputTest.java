package nl.verrijk;

import static nl.verrijk.ArticleAssertions.assertConsistent;
import static org.assertj.core.api.Assertions.assertThat;

import nl.verrijk.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BadInputTest {

  @Test
  void emptyAndBlankTextGiveEmptyArticles() {
    for (String text : new String[] {"", " ", "\n\n\t", "\uFEFF", "\u00A0\u2003"}) {
      Article a = Verrijk.enrich(text);
      assertThat(a.text()).isEqualTo(text);
      assertThat(a.tokens()).isEmpty();
      assertThat(a.sentences()).isEmpty();
      assertConsistent(a);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\uFEFFHet Kremlin zegt dat.",
      "Regel een.\r\nRegel twee.\r\n",
      "Regel een.\rRegel twee.\r",
      "Controle\u0000tekens\u0007 en \u001B[31m kleur\u007F.",
      "Losse \uD800 surrogaten \uDC00 en \uD83D\uDE00 emoji 👍🏽.",
      "\"Onevenwichtige quotes, zei hij. „Nog één” '",
      "“““”””'''\"\"\"„„„",
      "... ??? !!! ---",
      "a.b.c.d.e.f.g.h.",
      "'",
      "'s",
      "http://",
      "@ # @@ ## @a#b",
      "x@y z@.nl info@.",
      "Ω≈ç√∫ 日本語のテキスト العربية עברית",
  })
  void oddTextGivesASaneLosslessArticle(String text) {
    Article a = Verrijk.enrich(text);
    assertConsistent(a);
    assertThat(a.tokens()).isNotEmpty();
  }

  @Test
  void tenMegabytesWithoutASpaceIsOneLosslessArticle() {
    String text = "a".repeat(5_000_000) + ".b".repeat(2_500_000);
    Article a = Verrijk.enrich(text);
    assertConsistent(a);
    assertThat(a.text()).hasSize(10_000_000);
  }

  @Test
  void longAndStrayQuotesGiveQuotesInsideTheText() {
    String sentence = "Dit is een zin over de begroting die nooit ophoudt. ";
    for (String text : new String[] {
        "\"" + sentence.repeat(1000) + "\", zei hij.",
        "\"" + sentence.repeat(50),
        "\"Alles is een citaat.\"",
        "\"",
        "“„‘’\"'”",
        "Hij zei: \"Ja 'nee \"misschien' \" ja\", zei ze. \"",
        "„Wij zijn,” zei hij, „niet van plan.” „En dit,” zei ze, „ook niet."}) {
      Article a = Verrijk.enrich(text);
      assertConsistent(a);
      a.quotes().forEach(q -> {
        assertThat(q.content().end()).isLessThanOrEqualTo(text.length());
        assertThat(a.text(q.content())).isEqualTo(q.text());
      });
    }
    Article longQuote = Verrijk.enrich("\"" + sentence.repeat(1000) + "\", zei hij.");
    assertThat(longQuote.quotes()).anySatisfy(q -> assertThat(q.text().length()).isGreaterThan(50_000));
  }

  @Test
  void binaryLookingTextIsKeptWhole() {
    StringBuilder sb = new StringBuilder();
    java.util.Random r = new java.util.Random(42);
    for (int i = 0; i < 100_000; i++) {
      sb.append((char) r.nextInt(0x10000));
    }
    Article a = Verrijk.enrich(sb.toString());
    assertConsistent(a);
  }
}
