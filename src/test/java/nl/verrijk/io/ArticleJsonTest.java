package nl.verrijk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import nl.verrijk.Shared;
import nl.verrijk.Verrijk;
import nl.verrijk.model.Article;
import nl.verrijk.model.Layer;
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
  void inSchemaVersionOneStemsStandForStemsAndKeywords() {
    Article a = Verrijk.enrich("seed", Shared.exampleArticle());
    assertThat(a.layers()).contains(Layer.STEMS, Layer.KEYWORDS);
    assertThat(ArticleJson.toJson(a)).contains("\"layers\":[\"TOKENS\",\"SENTENCES\",\"POS\",\"LEMMAS\","
        + "\"DEPENDENCIES\",\"STEMS\",\"ENTITIES\",\"QUOTES\",\"STRUCTURE\"],");
    Article stems = Verrijk.pipeline(EnumSet.of(Layer.STEMS)).annotate("Dijken breken.");
    String json = ArticleJson.toJson(stems);
    assertThat(json).as("stems whose keywords were not ranked").contains("\"STEMS\"").doesNotContain("keywords");
    assertThat(ArticleJson.fromJson(json)).isEqualTo(stems);
    assertThat(ArticleJson.toTree(stems).has("keywords")).isFalse();
    Article keywordsAlone = Article.builder("x").layer(Layer.KEYWORDS).build();
    assertThat(ArticleJson.toJson(keywordsAlone)).contains("\"layers\":[\"KEYWORDS\"]");
    assertThat(ArticleJson.fromJson(ArticleJson.toJson(keywordsAlone))).isEqualTo(keywordsAlone);
    Article tokens = Verrijk.pipeline(EnumSet.of(Layer.TOKENS)).annotate("Hallo.");
    assertThat(ArticleJson.toJson(tokens)).endsWith("\"keywords\":[]}");
    assertThat(ArticleJson.fromJson(ArticleJson.toJson(tokens))).isEqualTo(tokens);
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
