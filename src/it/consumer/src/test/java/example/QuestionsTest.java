package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import nl.verrijk.io.ArticleJson;
import nl.verrijk.model.Article;
import nl.verrijk.model.Layer;
import org.junit.jupiter.api.Test;

class QuestionsTest {
  @Test
  void aLayerOfOurOwnInATrimmedPipelineSurvivesTheJson() {
    Article a = Questions.pipeline().annotate("Regent het in Utrecht? Ja. Waarom dan?");
    assertEquals(2, a.get(Questions.KEY).orElseThrow().questions());
    assertFalse(a.layers().contains(Layer.QUOTES));
    assertFalse(a.layers().contains(Layer.STEMS));
    assertEquals(a, ArticleJson.fromJson(ArticleJson.toJson(a), Questions.KEY));
  }
}
