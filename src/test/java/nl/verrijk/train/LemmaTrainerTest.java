package nl.verrijk.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LemmaTrainerTest {

  @Test
  void logisticRegressionLearnsTheSignOfEachFeatureAndIsDeterministic() {
    List<List<String>> xs = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      xs.add(List.of("b", "h=stuk"));
      ys.add(true);
      xs.add(List.of("b", "h=ing"));
      ys.add(false);
      xs.add(List.of("b", "h=stuk", "m=voor"));
      ys.add(false);
    }
    Map<String, Double> w = LemmaTrainer.logistic(xs, ys, 300, 0.5);
    assertTrue(w.get("h=ing") < 0, w.toString());
    assertTrue(w.get("m=voor") < 0, w.toString());
    assertTrue(w.get("b") + w.get("h=stuk") > 0, w.toString());
    assertTrue(w.get("b") + w.get("h=stuk") + w.get("m=voor") < 0, w.toString());
    assertEquals(w, LemmaTrainer.logistic(xs, ys, 300, 0.5));
  }
}
