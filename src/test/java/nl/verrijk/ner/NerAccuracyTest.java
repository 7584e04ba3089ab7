package nl.verrijk.ner;

import static org.assertj.core.api.Assertions.assertThat;

import nl.verrijk.Shared;
import nl.verrijk.eval.NerEvaluator;
import org.junit.jupiter.api.Test;

/**
 * The shipped recognizer on ned.testa. The shipped model is trained on ned.train and ned.testa, so
 * this is no accuracy figure (the README's comes from the train-only model); it checks that the
 * loaded model sees the features it was trained with: a feature computed differently at run time
 * than in training drops the score on its own training data far below this floor.
 */
class NerAccuracyTest {

  @Test
  void theShippedModelFitsTheDataItWasTrainedOn() {
    NerEvaluator.Result r = NerEvaluator.evaluate(NameRecognizer.load(), Shared.path("data/conll2002/ned.testa"));
    System.out.println(NerEvaluator.format(r));
    assertThat(NameRecognizer.load().manifest().get("trainingData")).contains("ned.testa");
    assertThat(r.overall().f1()).isGreaterThanOrEqualTo(93);
  }
}
