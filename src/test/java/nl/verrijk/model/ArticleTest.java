package nl.verrijk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.verrijk.Verrijk;
import org.junit.jupiter.api.Test;

class ArticleTest {

  /** The documented way to build an expected article in a unit test. */
  private static Article expected() {
    return Article.builder("Het regent.  Echt!")
        .sentence("Het", "regent", ".")
        .sentence("Echt", "!")
        .build();
  }

  @Test
  void enrichedArticleEqualsTheFixture() {
    assertThat(Verrijk.builder().add(nl.verrijk.tokenize.RuleBasedTokenizer.instance())
        .add(nl.verrijk.sentence.RuleBasedSentenceSplitter.instance()).build().annotate("Het regent.  Echt!"))
        .isEqualTo(expected());
  }

  @Test
  void fixtureTokensCarryOffsetsAndWhitespace() {
    Article a = expected();
    assertThat(a.tokens().get(2)).isEqualTo(new Token(2, ".", 10, 11, "  ", null, null, null, null, null, null));
    assertThat(a.sentences().get(1)).isEqualTo(new Sentence(1, CharSpan.of(13, 18), TokenRange.of(3, 5)));
    assertThat(a.has(Layer.SENTENCES)).isTrue();
    assertThat(a.has(Layer.POS)).isFalse();
  }

  @Test
  void fixtureTokensMustFollowEachOther() {
    assertThatThrownBy(() -> Article.builder("Het regent.").sentence("Het", "niet").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'niet'");
  }

  @Test
  void toStringReadsWell() {
    Article a = expected();
    assertThat(a).hasToString("Article[18 chars, 5 tokens, 2 sentences]");
    assertThat(a.tokens().get(1)).hasToString("regent@4..10");
    assertThat(a.tokens().get(1).withPos(Upos.VERB, "WW")).hasToString("regent/VERB@4..10");
    assertThat(a.sentences().get(0)).hasToString("Sentence#0[3 tokens]@0..11");
    assertThat(new Mention("PER", CharSpan.of(0, 10), TokenRange.of(0, 2), 0, "Mark Rutte", 0.9))
        .hasToString("\"Mark Rutte\"[PER]@0..10");
  }

  @Test
  void snapshotIsCompactAndStable() {
    assertThat(expected().snapshot()).isEqualTo("article tokens sentences\n1: Het regent .\n2: Echt !\n");
  }

  @Test
  void alignFindsTokensOnlyAtTokenEdges() {
    Article a = expected();
    assertThat(a.align(CharSpan.of(0, 10))).contains(TokenRange.of(0, 2));
    assertThat(a.align(CharSpan.of(1, 10))).isEmpty();
    assertThat(a.align(CharSpan.of(0, 9))).isEmpty();
    assertThat(a.covering(CharSpan.of(1, 9))).isEqualTo(TokenRange.of(0, 2));
    assertThat(a.sentenceOf(4)).isEqualTo(1);
    assertThat(a.tokens(a.sentences().get(1))).extracting(Token::text).containsExactly("Echt", "!");
  }

  @Test
  void inconsistentTokensAreRefused() {
    assertThatThrownBy(() -> Article.builder("ab").tokens(java.util.List.of(Token.of(0, "x", 0, "b"))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not match the text");
    assertThatThrownBy(() -> Article.builder("a b").tokens(java.util.List.of(Token.of(0, "a", 0, ""))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whitespaceAfter");
  }

  @Test
  void variantsAreNewObjects() {
    Article a = expected();
    Article b = a.toBuilder().id("x").build();
    assertThat(b.id()).isEqualTo("x");
    assertThat(a.id()).isNull();
    assertThat(b.tokens()).isEqualTo(a.tokens());
  }
}
