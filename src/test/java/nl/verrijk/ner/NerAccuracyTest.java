package nl.verrijk.ner;

import static org.assertj.core.api.Assertions.assertThat;

import nl.verrijk.Shared;
import nl.verrijk.eval.NerEvaluator;
import org.junit.jupiter.api.Test;

/** The README's entity figure on ned.testa (the split we chose on), kept above the target. */
class NerAccuracyTest {

  @Test
  void entityF1OnTestaIsAtLeast80() {
    NerEvaluator.Result r = NerEvaluator.evaluate(NameRecognizer.load(), Shared.path("data/conll2002/ned.testa"));
    System.out.println(NerEvaluator.format(r));
    assertThat(r.overall().f1()).isGreaterThanOrEqualTo(80);
  }
}
