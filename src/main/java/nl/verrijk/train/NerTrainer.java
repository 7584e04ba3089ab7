package nl.verrijk.train;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordShapeClassifier;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import nl.verrijk.io.Conll2002Reader;
import nl.verrijk.ner.CrfInput;
import nl.verrijk.ner.NameLexicon;
import nl.verrijk.ner.NameRecognizer;
import nl.verrijk.ner.NerFeatures;

/**
 * Trains the CRF name recognizer on CoNLL-2002 Dutch ({@code train ner}); the settings are
 * {@link #defaults()} with what {@code train ner --set key=value} changes: CoreNLP CRF flags or
 * {@code verrijk.labels=IOB2|IO}, {@code verrijk.extra=true|false}, {@code verrijk.nameLists=true|false}
 * (features from the name lists, off by default).
 */
public final class NerTrainer {

  /** Model identifier written to the manifest. */
  public static final String MODEL_ID = "verrijk-ner-nl-conll2002-crf";
  /** Model version written to the manifest. */
  public static final String MODEL_VERSION = "0.1.0";

  private NerTrainer() {}

  /** Default CoreNLP CRF properties (standard NER features, one thread, no POS column). */
  public static Map<String, String> defaults() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("useClassFeature", "true");
    p.put("useWord", "true");
    p.put("useNGrams", "true");
    p.put("noMidNGrams", "true");
    p.put("maxNGramLeng", "6");
    p.put("usePrev", "true");
    p.put("useNext", "true");
    p.put("useSequences", "true");
    p.put("usePrevSequences", "true");
    p.put("maxLeft", "1");
    p.put("useTypeSeqs", "true");
    p.put("useTypeSeqs2", "true");
    p.put("useTypeySequences", "true");
    p.put("wordShape", "chris2useLC");
    p.put("useDisjunctive", "true");
    p.put("multiThreadGrad", "1");
    p.put("maxAdditionalKnownLCWords", "0");
    p.put("featureFactory", "nl.verrijk.ner.VerrijkFeatureFactory");
    p.put("tolerance", "1e-4");
    p.put("verrijk.labels", "IOB2");
    p.put("verrijk.extra", "true");
    for (String rule : nl.verrijk.ner.NameRecognizer.defaultRules()) {
      p.put("postprocess." + rule, "true");
    }
    return p;
  }

  /**
   * Trains a model on the documents of every file and writes {@code ner-crf.ser.gz} and
   * {@code manifest.properties} to {@code out}.
   */
  public static void train(List<Path> trainFiles, Path out, Map<String, String> conf, String command)
      throws IOException {
    String scheme = conf.get("verrijk.labels");
    boolean extra = Boolean.parseBoolean(conf.get("verrijk.extra"));
    Properties props = new Properties();
    for (Map.Entry<String, String> e : conf.entrySet()) {
      if (!e.getKey().startsWith("verrijk.") && !e.getKey().startsWith("postprocess.")) {
        props.setProperty(e.getKey(), e.getValue());
      }
    }
    int shaper = WordShapeClassifier.lookupShaper(props.getProperty("wordShape"));
    // name-list features (verrijk.nameLists=true) were tried and cost 0.5 to 0.7 F1 on ned.testa: off
    boolean nameLists = Boolean.parseBoolean(conf.getOrDefault("verrijk.nameLists", "false"));
    NerFeatures features = new NerFeatures(NameLexicon.load(), nameLists);
    List<List<CoreLabel>> docs = new ArrayList<>();
    long tokens = 0;
    List<Conll2002Reader.Document> read = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Path f : trainFiles) {
      read.addAll(Conll2002Reader.read(f));
      names.add(f.getFileName().toString());
    }
    for (Conll2002Reader.Document d : read) {
      List<List<String>> words = d.words();
      List<List<String>> tags = d.tags();
      NerFeatures.Lookup lookup = features.newLookup();
      List<List<String[]>> x = features.extract(words, lookup);
      for (int i = 0; i < words.size(); i++) {
        List<String[]> xi = x.get(i);
        if (!extra) {
          xi = new ArrayList<>();
          for (int j = 0; j < words.get(i).size(); j++) {
            xi.add(new String[0]);
          }
        }
        docs.add(CrfInput.sentence(words.get(i), xi, CrfInput.encode(tags.get(i), scheme), lookup.knownLowercase(),
            shaper));
        tokens += words.get(i).size();
      }
    }
    System.err.println("training sentences: " + docs.size() + ", tokens: " + tokens);
    CRFClassifier<CoreLabel> crf = new CRFClassifier<>(props);
    crf.train(docs);
    Files.createDirectories(out);
    Path model = out.resolve(NameRecognizer.MODEL_FILE);
    try (OutputStream os = Files.newOutputStream(model);
         ObjectOutputStream oos = new ObjectOutputStream(new GZIPOutputStream(os, 1 << 16))) {
      crf.serializeClassifier(oos);
    }
    Map<String, String> man = new TreeMap<>();
    man.put("id", MODEL_ID);
    man.put("version", MODEL_VERSION);
    man.put("algorithm", "Stanford CoreNLP 4.5.10 CRFClassifier + nl.verrijk.ner.VerrijkFeatureFactory");
    man.put("trainingData", "CoNLL-2002 Dutch " + String.join(" + ", names) + " (" + tokens + " tokens)");
    man.put("licence", "Trained on CoNLL-2002 data, distributed for research in the context of the CoNLL-2002 "
        + "shared task only; this model inherits that restriction (research use only). "
        + "Gazetteer features: LanguageTool Dutch dictionary (CC BY 3.0 or BSD). The name lists of "
        + "nl/verrijk/lang/names (CC0) are used by the second pass only.");
    man.put("command", command);
    man.put("trainedAt", Instant.now().toString());
    man.put("wordShape", props.getProperty("wordShape"));
    man.put("labels", scheme);
    man.put("extraFeatures", Boolean.toString(extra));
    man.put("nameListFeatures", Boolean.toString(nameLists && extra));
    for (Map.Entry<String, String> e : conf.entrySet()) {
      if (e.getKey().startsWith("postprocess.")) {
        man.put(e.getKey(), e.getValue());
      }
      man.put("crf." + e.getKey(), e.getValue());
    }
    nl.verrijk.corpus.Manifests.replace(out.resolve(NameRecognizer.MANIFEST_FILE), man);
  }
}
