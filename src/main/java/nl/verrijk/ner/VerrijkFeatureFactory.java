package nl.verrijk.ner;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.Clique;
import edu.stanford.nlp.util.PaddedList;
import java.util.Collection;

/**
 * CoreNLP's standard NER features plus the Verrijk extra features carried on each token
 * in {@link ExtraFeatures} (lexicon classes, document evidence). Stateless beyond CoreNLP's own flags.
 */
public class VerrijkFeatureFactory<IN extends CoreLabel> extends NERFeatureFactory<IN> {

  private static final long serialVersionUID = 1L;

  /** Token annotation holding the precomputed extra feature names. */
  public static final class ExtraFeatures implements CoreAnnotation<String[]> {
    /** Returns the value type. */
    @Override
    public Class<String[]> getType() {
      return String[].class;
    }
  }

  /** Creates the factory (CoreNLP instantiates it by class name). */
  public VerrijkFeatureFactory() {
    super();
  }

  /** Returns CoreNLP's features for the clique plus the extra features of the current token. */
  @Override
  public Collection<String> getCliqueFeatures(PaddedList<IN> cInfo, int loc, Clique clique) {
    Collection<String> features = super.getCliqueFeatures(cInfo, loc, clique);
    if (clique == cliqueC) {
      String[] extra = cInfo.get(loc).get(ExtraFeatures.class);
      if (extra != null) {
        for (String x : extra) {
          features.add(x + "|C");
        }
      }
    } else if (clique == cliqueCpC) {
      String[] extra = cInfo.get(loc).get(ExtraFeatures.class);
      if (extra != null) {
        for (String x : extra) {
          if (x.startsWith("LXS=") || x.startsWith("LOW=")) {
            features.add(x + "|CpC");
          }
        }
      }
    }
    return features;
  }
}
