package nl.verrijk.pos;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Fast arg-max scorer over a trained OpenNLP maxent/perceptron model: sums the feature weights per outcome
 * without normalising (the arg-max is the same as {@link MaxentModel#eval}). Immutable and thread-safe.
 */
final class LinearScorer {

  private record Row(int[] outcomes, double[] weights) {}

  private final Map<String, Row> index;
  private final String[] names;

  @SuppressWarnings("unchecked")
  LinearScorer(MaxentModel model) {
    Object[] ds = ((AbstractModel) model).getDataStructures();
    Map<String, ?> pmap = (Map<String, ?>) ds[1];
    Context[] params = (Context[]) ds[0];
    this.index = new HashMap<>(pmap.size() * 2);
    for (Map.Entry<String, ?> e : pmap.entrySet()) {
      if (e.getKey().startsWith(PosFeatures.OLDER_RELEASE_PREFIX)) {
        continue; // training-only predicates
      }
      Object v = e.getValue();
      Context c = v instanceof Context ctx ? ctx : params[(Integer) v];
      index.put(e.getKey(), new Row(c.getOutcomes(), c.getParameters()));
    }
    this.names = new String[model.getNumOutcomes()];
    for (int i = 0; i < names.length; i++) {
      names[i] = model.getOutcome(i);
    }
  }

  String[] outcomeNames() {
    return names.clone();
  }

  int numOutcomes() {
    return names.length;
  }

  String name(int i) {
    return names[i];
  }

  /** Adds the weights of the given predicates into a float vector (for caching). */
  float[] vector(List<String> context) {
    double[] d = new double[names.length];
    score(context, d);
    float[] f = new float[d.length];
    for (int i = 0; i < d.length; i++) {
      f[i] = (float) d[i];
    }
    return f;
  }

  /** Adds the weights of the given predicates into scores (which must be zeroed by the caller). */
  void score(List<String> context, double[] scores) {
    for (int c = 0, n = context.size(); c < n; c++) {
      Row r = index.get(context.get(c));
      if (r != null) {
        int[] o = r.outcomes();
        double[] w = r.weights();
        for (int k = 0; k < o.length; k++) {
          scores[o[k]] += w[k];
        }
      }
    }
  }
}
