package nl.verrijk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.verrijk.Verrijk;
import nl.verrijk.io.ArticleJson;
import nl.verrijk.pipeline.Annotator;
import nl.verrijk.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** A layer of one's own: a typed key, an annotator that adds it, and the JSON that keeps it. */
class UserLayerTest {

  /** The value of the user's layer: how many sentences ask a question, and their share. */
  record Questions(int count, double share) {}

  static final LayerKey<Questions> QUESTIONS = LayerKey.of("questions", Questions.class);

  /** The user's annotator: how many sentences ask a question, and their share. */
  static final class QuestionCounter implements Annotator {
    @Override
    public String name() {
      return "question-share";
    }

    @Override
    public Set<Layer> requires() {
      return EnumSet.of(Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public Set<Layer> produces() {
      return Set.of();
    }

    @Override
    public Article annotate(Article a) {
      int asked = 0;
      for (Sentence s : a.sentences()) {
        asked += a.tokens().get(s.tokens().end() - 1).text().equals("?") ? 1 : 0;
      }
      return a.toBuilder().with(QUESTIONS, new Questions(asked, (double) asked / Math.max(1, a.sentences().size())))
          .build();
    }
  }

  @Test
  void anAnnotatorAddsALayerOfItsOwnThatTheJsonKeeps() {
    Pipeline p = Verrijk.builder().add(nl.verrijk.tokenize.RuleBasedTokenizer.instance())
        .add(nl.verrijk.sentence.RuleBasedSentenceSplitter.instance()).add(new QuestionCounter()).build();
    Article a = p.annotate("Regent het? Ja. Waarom?");
    assertThat(a.get(QUESTIONS)).contains(new Questions(2, 2 / 3.0));
    assertThat(a.snapshot()).startsWith("article tokens sentences questions\n");
    String json = ArticleJson.toJson(a);
    assertThat(json).contains("\"extensions\":{\"questions\":{\"count\":2,");
    Article typed = ArticleJson.fromJson(json, QUESTIONS);
    assertThat(typed).isEqualTo(a);
    Article plain = ArticleJson.fromJson(json);
    assertThat(plain.extensions().get("questions")).isEqualTo(Map.of("count", 2, "share", 2 / 3.0));
    assertThatThrownBy(() -> plain.get(QUESTIONS)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ArticleJson.fromJson(json, key)");
    assertThat(ArticleJson.toJson(plain)).as("written back as read").isEqualTo(json);
    assertThat(ArticleJson.toJson(Article.of("x"))).doesNotContain("extensions");
  }

  @Test
  void layerNamesAreSimple() {
    assertThatThrownBy(() -> LayerKey.of("Bad Name", String.class)).hasMessageContaining("lower case");
    assertThat(LayerKey.of("acme.topics", String.class)).hasToString("acme.topics:String");
    assertThat(Article.of("x").get(QUESTIONS)).isEmpty();
  }
}
