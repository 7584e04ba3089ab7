package nl.verrijk.ner;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordShapeClassifier;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.util.PaddedList;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import nl.verrijk.Shared;
import nl.verrijk.io.Conll2002Reader;
import org.junit.jupiter.api.Test;

/** The compiled feature path gives exactly CoreNLP's features for the shipped model's flags. */
class VerrijkFeatureFactoryTest {

  private static CRFClassifier<CoreLabel> shippedCrf() throws Exception {
    CRFClassifier<CoreLabel> crf = new CRFClassifier<>(new Properties());
    try (InputStream in = VerrijkFeatureFactoryTest.class.getClassLoader()
            .getResourceAsStream(NameRecognizer.RESOURCE_DIR + NameRecognizer.MODEL_FILE);
         ObjectInputStream ois = new ObjectInputStream(new GZIPInputStream(in))) {
      crf.loadClassifier(ois, null);
    }
    return crf;
  }

  @Test
  void compiledPathMatchesCoreNlpOnEveryTestaToken() throws Exception {
    CRFClassifier<CoreLabel> crf = shippedCrf();
    VerrijkFeatureFactory<CoreLabel> ours = new VerrijkFeatureFactory<>();
    ours.init(crf.flags);
    assertThat(ours.usesCompiledPath()).isTrue();
    NERFeatureFactory<CoreLabel> theirs = new NERFeatureFactory<>();
    theirs.init(crf.flags);
    int shape = WordShapeClassifier.lookupShaper("chris2useLC");
    int compared = 0;
    for (Conll2002Reader.Document d : Conll2002Reader.read(Shared.path("data/conll2002/ned.testa"))) {
      for (List<String> words : d.words()) {
        List<String[]> noExtra = new ArrayList<>(Collections.nCopies(words.size(), (String[]) null));
        List<CoreLabel> tokens = CrfInput.sentence(words, noExtra, null, Set.of(), shape);
        PaddedList<CoreLabel> padded = new PaddedList<>(tokens, new CoreLabel());
        for (int i = 0; i < tokens.size(); i++) {
          assertThat(ours.getCliqueFeatures(padded, i, FeatureFactory.cliqueC))
              .as("features of %s in %s", words.get(i), words)
              .containsExactlyInAnyOrderElementsOf(theirs.getCliqueFeatures(padded, i, FeatureFactory.cliqueC));
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(37_000);
  }

  @Test
  void otherFlagSetsFallBackToCoreNlp() throws Exception {
    CRFClassifier<CoreLabel> crf = shippedCrf();
    crf.flags.useLC = true;
    assertThat(VerrijkFeatureFactory.supports(crf.flags)).isFalse();
    crf.flags.useLC = false;
    crf.flags.noMidNGrams = false;
    assertThat(VerrijkFeatureFactory.supports(crf.flags)).isFalse();
  }
}
