package nl.verrijk.ner.opennlp;

import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * OpenNLP name-finder factory whose only feature generator reads tokens encoded as
 * {@code word\u0001extra1\u0001extra2...} (extras from {@link nl.verrijk.ner.NerFeatures}) and adds
 * word, shape, affix and window features. Used for the OpenNLP comparison only.
 */
public class VerrijkOpenNlpFactory extends TokenNameFinderFactory {

  /** Separator between the word and its precomputed extra features. */
  public static final char SEP = '\u0001';

  /** Creates the factory (OpenNLP instantiates it by class name). */
  public VerrijkOpenNlpFactory() {
    super();
  }

  /** Returns the single Verrijk feature generator. */
  @Override
  public AdaptiveFeatureGenerator createFeatureGenerators() {
    return new Generator();
  }

  /** Encodes a word with its extras. */
  public static String encode(String word, String[] extras) {
    StringBuilder sb = new StringBuilder(word);
    for (String x : extras) {
      sb.append(SEP).append(x);
    }
    return sb.toString();
  }

  static String word(String token) {
    int i = token.indexOf(SEP);
    return i < 0 ? token : token.substring(0, i);
  }

  static String shape(String w) {
    StringBuilder sb = new StringBuilder();
    char last = 0;
    for (int i = 0; i < w.length(); i++) {
      char ch = w.charAt(i);
      char c = Character.isUpperCase(ch) ? 'X' : Character.isLowerCase(ch) ? 'x' : Character.isDigit(ch) ? 'd' : ch;
      if (c != last) {
        sb.append(c);
      }
      last = c;
    }
    return sb.toString();
  }

  /** The feature generator. */
  static final class Generator implements AdaptiveFeatureGenerator {
    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      String tok = tokens[index];
      String w = word(tok);
      String lw = w.toLowerCase(Locale.ROOT);
      features.add("w=" + lw);
      features.add("sh=" + shape(w));
      features.add("wsh=" + lw + "|" + shape(w));
      for (int k = 1; k <= 4 && k <= lw.length(); k++) {
        features.add("pre" + k + "=" + lw.substring(0, k));
        features.add("suf" + k + "=" + lw.substring(lw.length() - k));
      }
      for (int d = -2; d <= 2; d++) {
        if (d == 0) {
          continue;
        }
        int j = index + d;
        String o = j < 0 ? "BOS" : j >= tokens.length ? "EOS" : word(tokens[j]);
        features.add("w" + d + "=" + o.toLowerCase(Locale.ROOT));
        features.add("sh" + d + "=" + shape(o));
      }
      String pw = index > 0 ? word(tokens[index - 1]).toLowerCase(Locale.ROOT) : "BOS";
      String nw = index + 1 < tokens.length ? word(tokens[index + 1]).toLowerCase(Locale.ROOT) : "EOS";
      features.add("pw,w=" + pw + "," + lw);
      features.add("w,nw=" + lw + "," + nw);
      int s = tok.indexOf(SEP);
      while (s >= 0) {
        int e = tok.indexOf(SEP, s + 1);
        String x = e < 0 ? tok.substring(s + 1) : tok.substring(s + 1, e);
        features.add("x=" + x);
        if (x.startsWith("LXS=") || x.startsWith("LOW=")) {
          features.add("xsh=" + x + "|" + shape(w));
        }
        s = e;
      }
    }
  }
}
