package nl.verrijk.train;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.io.BufferedInputStream;
import java.io.InputStreamReader;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import nl.verrijk.ner.NameRecognizer;

/**
 * Post-hoc feature pruning of a trained CRF: drops every feature whose weights over the labels differ by
 * at most {@code threshold} (such a feature shifts all label scores almost equally, so decisions barely change).
 */
public final class NerPruner {

  private NerPruner() {}

  private static double range(Object row) {
    int n = Array.getLength(row);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < n; j++) {
      double v = Array.getDouble(row, j);
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    return n == 0 ? 0 : hi - lo;
  }

  /**
   * Writes to {@code out} the model of {@code in} without the features whose weights over the labels
   * differ by at most {@code threshold}, with its manifest.
   */
  @SuppressWarnings("unchecked")
  public static void prune(Path in, Path out, double threshold) throws Exception {
    CRFClassifier<CoreLabel> crf = new CRFClassifier<>(new Properties());
    try (ObjectInputStream ois = new ObjectInputStream(new GZIPInputStream(new BufferedInputStream(
        Files.newInputStream(in.resolve(NameRecognizer.MODEL_FILE)), 1 << 16)))) {
      crf.loadClassifier(ois, null);
    }
    Field fw = CRFClassifier.class.getDeclaredField("weights");
    Field ff = CRFClassifier.class.getDeclaredField("featureIndex");
    Field fm = CRFClassifier.class.getDeclaredField("map");
    fw.setAccessible(true);
    ff.setAccessible(true);
    fm.setAccessible(true);
    Object weights = fw.get(crf);
    Index<String> features = (Index<String>) ff.get(crf);
    int[] map = (int[]) fm.get(crf);
    int n = Array.getLength(weights);
    Index<String> kept = new HashIndex<>();
    int[] keptOld = new int[n];
    for (int i = 0; i < n; i++) {
      if (range(Array.get(weights, i)) > threshold) {
        keptOld[kept.size()] = i;
        kept.add(features.get(i));
      }
    }
    Object newWeights = Array.newInstance(weights.getClass().getComponentType(), kept.size());
    int[] newMap = new int[kept.size()];
    for (int k = 0; k < kept.size(); k++) {
      Array.set(newWeights, k, Array.get(weights, keptOld[k]));
      if (map != null) {
        newMap[k] = map[keptOld[k]];
      }
    }
    fw.set(crf, newWeights);
    ff.set(crf, kept);
    fm.set(crf, map == null ? null : newMap);
    System.err.printf("kept %d of %d features (threshold %s)%n", kept.size(), n, threshold);
    Files.createDirectories(out);
    try (OutputStream os = Files.newOutputStream(out.resolve(NameRecognizer.MODEL_FILE));
         ObjectOutputStream oos = new ObjectOutputStream(new GZIPOutputStream(os, 1 << 16))) {
      crf.serializeClassifier(oos);
    }
    Properties p = new Properties();
    try (Reader r = new InputStreamReader(Files.newInputStream(in.resolve(NameRecognizer.MANIFEST_FILE)),
        StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Map<String, String> m = new TreeMap<>();
    for (String k : p.stringPropertyNames()) {
      if (!k.startsWith("eval.")) {
        m.put(k, p.getProperty(k));
      }
    }
    m.put("pruning", "features with weight range <= " + threshold + " dropped: kept " + kept.size() + " of " + n);
    m.put("pruning.command", "part of train ner (nl.verrijk.train.NerPruner, threshold " + threshold + ")");
    nl.verrijk.corpus.Manifests.replace(out.resolve(NameRecognizer.MANIFEST_FILE), m);
  }
}
