package nl.verrijk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.verrijk.io.ArticleJson;
import org.junit.jupiter.api.Test;

/** The typed tags: UD's 17 parts of speech and the four entity types, written as the same strings as before. */
class TagEnumsTest {

  @Test
  void uposHasTheSeventeenUniversalTags() {
    assertThat(Upos.values()).hasSize(17);
    assertThat(Upos.of("PROPN")).isEqualTo(Upos.PROPN);
    assertThat(Upos.ofNullable(null)).isNull();
    assertThatThrownBy(() -> Upos.of("NN")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'NN'")
        .hasMessageContaining("PROPN");
    assertThatThrownBy(() -> Upos.of(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("tag");
  }

  @Test
  void entityTypesAreTheFourConllTypes() {
    assertThat(EntityType.values()).extracting(Enum::name).containsExactly("PER", "LOC", "ORG", "MISC");
    assertThatThrownBy(() -> EntityType.of("PERSON")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'PERSON'");
  }

  @Test
  void theJsonKeepsTheTagStrings() {
    Article a = Article.builder("Jan").tokens(java.util.List.of(Token.of(0, "Jan", 0, "").withPos(Upos.PROPN, "N")))
        .layer(Layer.TOKENS).layer(Layer.POS).build();
    String json = ArticleJson.toJson(a);
    assertThat(json).contains("\"upos\":\"PROPN\"");
    assertThat(ArticleJson.fromJson(json).tokens().get(0).upos()).isEqualTo(Upos.PROPN);
  }
}
