package nl.verrijk.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.verrijk.Verrijk;
import nl.verrijk.eval.QuoteEvaluator;
import org.junit.jupiter.api.Test;

/** The README's quote figures, checked against our own gold set in testdata/quotes. */
class QuoteGoldTest {

  @Test
  void quoteAndSpeakerTargetsOnTheGoldSet() {
    QuoteEvaluator.Result r = new QuoteEvaluator(Verrijk.pipeline()).evaluate(Path.of("testdata/quotes/gold.jsonl"));
    System.out.println("quote gold set: " + r.summary());
    assertThat(r.quotes().f1()).isGreaterThanOrEqualTo(90);
    assertThat(r.speakerAccuracy()).isGreaterThanOrEqualTo(90);
  }
}
