package nl.verrijk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.verrijk.Shared;
import nl.verrijk.Verrijk;
import nl.verrijk.model.Article;
import nl.verrijk.model.Upos;
import nl.verrijk.pipeline.VerrijkException;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {

  @Test
  void roundTripsTheExampleArticleExactly() {
    Article a = Verrijk.enrich("seed", Shared.exampleArticle());
    String json = ArticleJson.toJson(a);
    assertThat(json).startsWith("{\"schemaVersion\":1,");
    Article back = ArticleJson.fromJson(json);
    assertThat(back).isEqualTo(a);
    assertThat(ArticleJson.toJson(back)).isEqualTo(json);
    assertThat(ArticleJson.fromJson(ArticleJson.toPrettyJson(a))).isEqualTo(a);
  }

  @Test
  void roundTripsTaggedTokensAndOddCharacters() {
    Article a = Verrijk.enrich("\uFEFFA\u0000b \uD800 \"x\r\n");
    Article tagged = a.toBuilder().tokens(a.tokens().stream().map(t -> t.withPos(Upos.X, "SPEC").withLemma("l")).toList())
        .build();
    assertThat(ArticleJson.fromJson(ArticleJson.toJson(tagged))).isEqualTo(tagged);
  }

  @Test
  void omitsLayersThatAreAbsent() {
    String json = ArticleJson.toJson(Verrijk.builder().add(nl.verrijk.tokenize.RuleBasedTokenizer.instance())
        .build().annotate("Hallo."));
    assertThat(json).doesNotContain("lemma").doesNotContain("upos").doesNotContain("null");
  }

  @Test
  void refusesOtherSchemaVersionsClearly() {
    assertThatThrownBy(() -> ArticleJson.fromJson("{\"schemaVersion\":99,\"text\":\"\"}"))
        .isInstanceOf(VerrijkException.class).hasMessageContaining("schemaVersion 99");
    assertThatThrownBy(() -> ArticleJson.fromJson("[1]")).isInstanceOf(VerrijkException.class)
        .hasMessageContaining("must be an object");
    assertThatThrownBy(() -> ArticleJson.fromJson("{")).isInstanceOf(VerrijkException.class)
        .hasMessageContaining("not valid article JSON");
  }
}
