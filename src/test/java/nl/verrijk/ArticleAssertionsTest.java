package nl.verrijk;

import static nl.verrijk.ArticleAssertions.assertConsistent;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import nl.verrijk.model.Article;
import nl.verrijk.model.Entity;
import nl.verrijk.model.EntityType;
import nl.verrijk.model.Mention;
import nl.verrijk.model.TokenRange;
import org.junit.jupiter.api.Test;

/** The layer checks can fail: each broken layer of an enriched article is caught. */
class ArticleAssertionsTest {

  private static final Article A = Verrijk.enrich("Jan Smit zei dinsdag in Utrecht dat het goed gaat.");

  @Test
  void theEnrichedArticleIsConsistent() {
    assertConsistent(A);
  }

  @Test
  void aMentionWhoseTokensDoNotCoverItsSpanIsCaught() {
    Mention m = A.mentions().get(0);
    Mention shifted = new Mention(m.label(), m.span(), new TokenRange(m.tokens().start() + 1, m.tokens().end() + 1),
        m.sentence(), m.text(), m.confidence());
    Article broken = A.toBuilder().entities(List.of(shifted), List.of()).build();
    assertThatThrownBy(() -> assertConsistent(broken)).isInstanceOf(AssertionError.class);
  }

  @Test
  void anEntityWithAMissingMentionIsCaught() {
    Article broken = A.toBuilder().entities(A.mentions(), List.of(new Entity(0, EntityType.PER, "Jan Smit",
        ImmutableList.of(A.mentions().size())))).build();
    assertThatThrownBy(() -> assertConsistent(broken)).isInstanceOf(AssertionError.class);
  }

  @Test
  void aQuoteWhoseTextIsNotItsContentIsCaught() {
    var q = A.quotes().get(0);
    var wrong = new nl.verrijk.model.Quote(q.index(), q.kind(), q.content(), q.text() + "!", q.cue(), q.speaker(),
        q.sentence(), q.rule());
    Article broken = A.toBuilder().quotes(List.of(wrong)).build();
    assertThatThrownBy(() -> assertConsistent(broken)).isInstanceOf(AssertionError.class);
  }
}
