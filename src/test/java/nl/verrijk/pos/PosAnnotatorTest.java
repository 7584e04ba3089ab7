package nl.verrijk.pos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.verrijk.Verrijk;
import nl.verrijk.model.Article;
import nl.verrijk.model.Token;
import nl.verrijk.model.Upos;
import org.junit.jupiter.api.Test;

class PosAnnotatorTest {

  private static Token token(Article a, String text) {
    return a.tokens().stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow();
  }

  @Test
  void tagsAndLemmatisesTheIssueExamples() {
    Article a = Verrijk.enrich("Hij zei dat pro-Oekraïense strijders kapotte Humvees vonden, drie uur geleden.");
    assertThat(token(a, "zei")).extracting(Token::upos, Token::lemma).containsExactly(Upos.VERB, "zeggen");
    assertThat(token(a, "Humvees").upos()).isIn(Upos.NOUN, Upos.PROPN);
    assertThat(token(a, "geleden").upos()).isIn(Upos.ADP, Upos.ADV);
    Article b = Verrijk.enrich("De Oekraïense regering protesteert.");
    assertThat(token(b, "Oekraïense")).extracting(Token::upos, Token::lemma).containsExactly(Upos.ADJ, "Oekraïens");
    assertThat(a.tokens()).allSatisfy(t -> assertThat(t.xpos()).isNotBlank());
  }

  @Test
  void aNameFoundPluralIsPluralThroughoutTheArticle() {
    Article a = Verrijk.enrich("Er stonden kapotte Humvees in de straat. De VS leverden ruim 2000 Humvees aan Kyiv.");
    List<Token> humvees = a.tokens().stream().filter(t -> t.text().equals("Humvees")).toList();
    assertThat(humvees).hasSize(2).allSatisfy(t -> {
      assertThat(t.lemma()).isIn("Humvee", "humvee");
      assertThat(t.xpos()).contains("|mv");
    });
    Article b = Verrijk.enrich("Er stonden kapotte Humvees in de straat.");
    assertThat(token(b, "Humvees").lemma()).isIn("Humvees", "humvee");
  }

  @Test
  void oddTokensGetATagAndALemma() {
    Article a = Verrijk.enrich("Zie https://nos.nl of mail a@b.nl 👍🏽 x 12.345 Xqzwvlk qqqqq ¿ 日本 !");
    assertThat(a.tokens()).allSatisfy(t -> {
      assertThat(t.upos()).isNotNull();
      assertThat(t.lemma()).isNotBlank();
    });
    assertThat(token(a, "qqqqq").lemma()).isEqualTo("qqqqq");
  }

  @Test
  void unknownProperNounsKeepTheirCapital() {
    Article a = Verrijk.enrich("Volgens Sjmyhal is het moeilijk.");
    Token t = token(a, "Sjmyhal");
    assertThat(t.upos()).isEqualTo(Upos.PROPN);
    assertThat(t.lemma()).isEqualTo("Sjmyhal");
  }

  @Test
  void taggerIsThreadSafe() throws Exception {
    List<String> texts = List.of("De minister zei dat het kabinet valt.", "Rutte sprak in Brussel met Macron.",
        "Het regent al dagen in Nederland.", "Oekraïne wil meer steun van de EU.");
    List<String> one = texts.stream().map(t -> Verrijk.enrich(t).snapshot()).toList();
    for (int round = 0; round < 5; round++) {
      assertThat(texts.parallelStream().map(t -> Verrijk.enrich(t).snapshot()).toList()).isEqualTo(one);
    }
  }
}
