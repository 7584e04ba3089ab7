package nl.verrijk.ner;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordShapeClassifier;
import edu.stanford.nlp.sequences.Clique;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.PaddedList;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Objects;

/**
 * CoreNLP's standard NER features plus the Verrijk extra features carried on each token
 * in {@link ExtraFeatures} (lexicon classes, document evidence). Stateless beyond CoreNLP's own flags.
 *
 * <p>CoreNLP's {@code featuresC} is one method of several thousand bytecodes, more than HotSpot compiles
 * by default, so it runs interpreted. For the flag set we train with, {@link #featuresC} produces the
 * same feature strings in the same order in a method the JIT does compile (about 1.5 times the tagging
 * speed); any other flag set falls back to CoreNLP's code.
 */
public class VerrijkFeatureFactory<IN extends CoreLabel> extends NERFeatureFactory<IN> {

  private static final long serialVersionUID = 1L;

  /** Boolean flags that may differ from CoreNLP's defaults without leaving the compiled path. */
  private static final ImmutableSet<String> FREE_FLAGS = ImmutableSet.of(
      "useWord", "usePrev", "useNext", "useClassFeature", "useNGrams", "useTypeSeqs", "useDisjunctive",
      "noMidNGrams", "useSequences", "usePrevSequences", "useTypeSeqs2", "useTypeySequences");

  /** Whether the loaded flags are ones {@link #featuresC} reproduces exactly (set by {@link #init}). */
  private transient boolean compiledPath;

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

  /** Initialises from the classifier's flags and decides whether the compiled feature path applies. */
  @Override
  public void init(SeqClassifierFlags flags) {
    super.init(flags);
    compiledPath = supports(flags);
  }

  /** Whether {@link #featuresC} reproduces CoreNLP's features exactly for these flags. */
  static boolean supports(SeqClassifierFlags flags) {
    if (!flags.noMidNGrams || !flags.useInternal || !flags.useExternal || flags.wordFunction != null
        || flags.slashHyphenTreatment != SeqClassifierFlags.SlashHyphenEnum.NONE || flags.binnedLengths != null
        || (flags.splitWordRegex != null && !flags.splitWordRegex.isEmpty())) {
      return false;
    }
    SeqClassifierFlags defaults = new SeqClassifierFlags();
    try {
      for (Field f : SeqClassifierFlags.class.getFields()) {
        if (f.getType() == boolean.class && !Modifier.isStatic(f.getModifiers()) && !FREE_FLAGS.contains(f.getName())
            && !Objects.equals(f.get(flags), f.get(defaults))) {
          return false;
        }
      }
    } catch (IllegalAccessException e) {
      return false;
    }
    return true;
  }

  /** Whether this factory uses the compiled feature path (for tests). */
  boolean usesCompiledPath() {
    return compiledPath;
  }

  /** Features of the current token in CoreNLP's order, for the supported flags; otherwise CoreNLP's code. */
  @Override
  protected void featuresC(PaddedList<IN> cInfo, int loc, FeatureCollector out) {
    CoreLabel c = cInfo.get(loc);
    if (!compiledPath || c.get(CoreAnnotations.StackedNamedEntityTagAnnotation.class) != null) {
      super.featuresC(cInfo, loc, out);
      return;
    }
    out.setSuffix("C");
    CoreLabel p = cInfo.get(loc - 1);
    CoreLabel n = cInfo.get(loc + 1);
    String cWord = getWord(c);
    String pWord = getWord(p);
    String nWord = getWord(n);
    String cShape = c.getString(CoreAnnotations.ShapeAnnotation.class);
    String pShape = p.getString(CoreAnnotations.ShapeAnnotation.class);
    String nShape = n.getString(CoreAnnotations.ShapeAnnotation.class);
    if (flags.useWord) {
      out.build().append(cWord).append("-WORD").add();
    }
    if (flags.usePrev) {
      out.build().append(pWord).append("-PW").add();
    }
    if (flags.useNext) {
      out.build().append(nWord).append("-NW").add();
    }
    if (flags.useClassFeature) {
      out.add("###");
    }
    if (flags.useNGrams) {
      String word = '<' + cWord + '>';
      int max = flags.maxNGramLeng >= 0 ? Math.min(flags.maxNGramLeng, word.length()) : word.length();
      for (int j = 2; j <= max; j++) {
        out.build().append('#').append(word.substring(0, j)).append('#').add();
      }
      int start = flags.maxNGramLeng >= 0 ? Math.max(0, word.length() - flags.maxNGramLeng) : 0;
      for (int i = start; i < word.length() - 1; i++) {
        out.build().append('#').append(word.substring(i)).append('#').add();
      }
    }
    if (flags.wordShape > WordShapeClassifier.NOWORDSHAPE) {
      out.build().append(cShape).append("-TYPE").add();
      if (flags.useTypeSeqs) {
        out.build().append(pShape).append("-PTYPE").add();
        out.build().append(nShape).append("-NTYPE").add();
        out.build().append(pWord).append("...").append(cShape).append("-PW_CTYPE").add();
        out.build().append(cShape).append("...").append(nWord).append("-NW_CTYPE").add();
        out.build().append(pShape).append("...").append(cShape).append("-PCTYPE").add();
        out.build().append(cShape).append("...").append(nShape).append("-CNTYPE").add();
        out.build().append(pShape).append("...").append(cShape).append("...").append(nShape).append("-PCNTYPE").add();
      }
    }
    if (flags.useDisjunctive) {
      for (int i = 1; i <= flags.disjunctionWidth; i++) {
        out.build().append(getWord(cInfo.get(loc + i))).append("-DISJN").add();
        out.build().append(getWord(cInfo.get(loc - i))).append("-DISJP").add();
      }
    }
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
