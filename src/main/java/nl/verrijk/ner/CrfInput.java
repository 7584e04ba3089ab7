package nl.verrijk.ner;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordShapeClassifier;
import java.util.ArrayList;
import java.util.List;

/** Turns token strings (and optionally gold labels) into CoreNLP tokens with shapes and extra features. */
public final class CrfInput {

  /** Background label. */
  public static final String O = "O";

  private CrfInput() {}

  /** Builds the CoreLabels of one sentence; {@code labels} may be null at tagging time. */
  public static List<CoreLabel> sentence(List<String> words, List<String[]> extra, List<String> labels,
      java.util.Set<String> knownLowercase, int wordShape) {
    List<CoreLabel> out = new ArrayList<>(words.size());
    for (int j = 0; j < words.size(); j++) {
      String w = words.get(j);
      if (w.isEmpty()) {
        w = "_";
      }
      CoreLabel cl = new CoreLabel(8);
      cl.set(CoreAnnotations.TextAnnotation.class, w);
      cl.set(CoreAnnotations.ValueAnnotation.class, w);
      cl.set(CoreAnnotations.PositionAnnotation.class, Integer.toString(j));
      cl.set(CoreAnnotations.ShapeAnnotation.class,
          WordShapeClassifier.wordShape(w, wordShape, knownLowercase));
      cl.set(VerrijkFeatureFactory.ExtraFeatures.class, extra.get(j));
      String label = labels == null ? O : labels.get(j);
      cl.set(CoreAnnotations.AnswerAnnotation.class, label);
      cl.set(CoreAnnotations.GoldAnswerAnnotation.class, label);
      out.add(cl);
    }
    return out;
  }

  /** Converts IOB2 labels to the scheme used for training: "IOB2" (unchanged) or "IO" (B- and I- become the type). */
  public static List<String> encode(List<String> iob2, String scheme) {
    if (scheme.equals("IOB2")) {
      return iob2;
    }
    List<String> out = new ArrayList<>(iob2.size());
    for (String t : iob2) {
      out.add(t.equals(O) ? O : t.substring(2));
    }
    return out;
  }
}
