package nl.verrijk;

import static org.assertj.core.api.Assertions.assertThat;

import nl.verrijk.eval.ArticleEvaluator;
import org.junit.jupiter.api.Test;

/** The acceptance fixture: the example article against our gold reading of it. */
class ExampleArticleTest {

  @Test
  void entitiesQuotesAndSpeakersOfTheExampleArticle() {
    ArticleEvaluator.Result r = new ArticleEvaluator(Verrijk.pipeline())
        .evaluate(Shared.path("seeds/000_61d4c29380775753.gold.json"));
    r.report().stream().filter(l -> !l.contains(" found ")).forEach(System.out::println);
    System.out.println("example article: " + r.summary());
    assertThat(r.personsFound()).as("every person is found").isEqualTo(r.persons());
    assertThat(r.entities().correct()).as("gold surface forms found with an accepted type")
        .isEqualTo(r.entities().gold());
    assertThat(r.quotesFound()).as("quotes found with the right resolved speaker").isEqualTo(r.quotes().gold());
  }
}
