package nl.verrijk.ner;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordShapeClassifier;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPInputStream;

/** Thread-safe, immutable recognizer; load once, share across threads. */
public final class NameRecognizer {

  /** Classpath folder of the shipped model. */
  public static final String RESOURCE_DIR = "nl/verrijk/models/ner/";
  /** File name of the serialized CRF inside the model folder. */
  public static final String MODEL_FILE = "ner-crf.ser.gz";
  /** File name of the manifest inside the model folder. */
  public static final String MANIFEST_FILE = "manifest.properties";

  private static volatile NameLexicon sharedLexicon;

  private final CRFClassifier<CoreLabel> crf;
  private final NerFeatures features;
  private final ImmutableMap<String, String> manifest;
  private final ImmutableSet<String> rules;
  private final int wordShape;

  private NameRecognizer(CRFClassifier<CoreLabel> crf, Properties manifest) {
    this.crf = crf;
    this.features = new NerFeatures(lexicon(), Boolean.parseBoolean(manifest.getProperty("nameListFeatures", "false")));
    ImmutableMap.Builder<String, String> m = ImmutableMap.builder();
    for (String k : manifest.stringPropertyNames()) {
      m.put(k, manifest.getProperty(k));
    }
    this.manifest = m.buildOrThrow();
    ImmutableSet.Builder<String> on = ImmutableSet.builder();
    for (ConsistencyRule r : DocumentConsistency.ORDER) {
      if (flag(manifest, "postprocess." + r.name(), r.onByDefault())) {
        on.add(r.name());
      }
    }
    this.rules = on.build();
    this.wordShape = WordShapeClassifier.lookupShaper(manifest.getProperty("wordShape", "chris2useLC"));
    // warm up lazily initialised CoreNLP internals before the instance is shared
    recognize(List.of(List.of("Warm", "up", "in", "Amsterdam", ".")));
  }

  private static boolean flag(Properties p, String key, boolean dflt) {
    String v = p.getProperty(key);
    return v == null ? dflt : Boolean.parseBoolean(v.trim());
  }

  private NameRecognizer(NameRecognizer from, ImmutableSet<String> rules) {
    this.crf = from.crf;
    this.features = from.features;
    this.manifest = from.manifest;
    this.wordShape = from.wordShape;
    this.rules = rules;
  }

  /**
   * The same recognizer (the loaded CRF shared) without these second-pass rules, to measure what each
   * one does ({@code eval ner --without known-names}); an unknown name is refused, naming the rules.
   */
  public NameRecognizer without(java.util.Collection<String> names) {
    java.util.Set<String> known = new java.util.LinkedHashSet<>();
    DocumentConsistency.ORDER.forEach(r -> known.add(r.name()));
    for (String n : names) {
      if (!known.contains(n)) {
        throw new IllegalArgumentException("no second-pass rule " + n + "; the rules are " + known);
      }
    }
    return new NameRecognizer(this, rules.stream().filter(r -> !names.contains(r))
        .collect(ImmutableSet.toImmutableSet()));
  }

  /** Returns the shared Dutch lexicon used for features (loaded once per JVM). */
  static NameLexicon lexicon() {
    NameLexicon l = sharedLexicon;
    if (l == null) {
      synchronized (NameRecognizer.class) {
        l = sharedLexicon;
        if (l == null) {
          l = NameLexicon.load();
          sharedLexicon = l;
        }
      }
    }
    return l;
  }

  /** Loads the shipped model from the classpath (resources under nl/verrijk/models/ner/). */
  public static NameRecognizer load() {
    ClassLoader cl = NameRecognizer.class.getClassLoader();
    try (InputStream model = cl.getResourceAsStream(RESOURCE_DIR + MODEL_FILE);
         InputStream man = cl.getResourceAsStream(RESOURCE_DIR + MANIFEST_FILE)) {
      if (model == null || man == null) {
        throw new IllegalStateException("NER model not found on the classpath: expected "
            + RESOURCE_DIR + MODEL_FILE + " and " + RESOURCE_DIR + MANIFEST_FILE);
      }
      return load(model, man);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read NER model from the classpath", e);
    }
  }

  /** Loads a model from a directory with the same layout. */
  public static NameRecognizer load(Path dir) {
    Path model = dir.resolve(MODEL_FILE);
    Path man = dir.resolve(MANIFEST_FILE);
    if (!Files.isRegularFile(model) || !Files.isRegularFile(man)) {
      throw new IllegalStateException("NER model not found: expected " + model.toAbsolutePath() + " and " + man);
    }
    try (InputStream m = Files.newInputStream(model); InputStream p = Files.newInputStream(man)) {
      return load(m, p);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read NER model from " + dir, e);
    }
  }

  private static NameRecognizer load(InputStream model, InputStream manifest) throws IOException {
    Properties man = new Properties();
    man.load(new java.io.InputStreamReader(manifest, java.nio.charset.StandardCharsets.UTF_8));
    CRFClassifier<CoreLabel> crf = new CRFClassifier<>(new Properties());
    try (ObjectInputStream ois = new ObjectInputStream(new GZIPInputStream(new BufferedInputStream(model, 1 << 16)))) {
      crf.loadClassifier(ois, null);
    } catch (ClassNotFoundException | ClassCastException e) {
      throw new IllegalStateException("NER model is corrupt or incompatible: " + e.getMessage(), e);
    }
    return new NameRecognizer(crf, man);
  }

  /** The names of the second-pass rules that run unless a model's manifest turns them off. */
  public static ImmutableSet<String> defaultRules() {
    return ImmutableSet.copyOf(DocumentConsistency.defaults());
  }

  /** The names of the second-pass rules this recognizer runs, in order ({@code postprocess.NAME} in the manifest). */
  public ImmutableSet<String> rules() {
    return rules;
  }

  /** Returns the manifest entries of the loaded model. */
  public ImmutableMap<String, String> manifest() {
    return manifest;
  }

  /** Tags one document given as sentences of token strings (the document-level consistency pass runs across them). */
  public List<NameSpan> recognize(List<List<String>> sentences) {
    List<List<String>> clean = new ArrayList<>(sentences.size());
    for (List<String> s : sentences) {
      List<String> c = new ArrayList<>(s.size());
      for (String w : s) {
        String t = w == null ? "" : w.strip();
        c.add(t.isEmpty() ? "_" : t.replace(' ', '_'));
      }
      clean.add(c);
    }
    NerFeatures.Lookup lookup = features.newLookup();
    List<List<String[]>> extra = features.extract(clean, lookup);
    List<List<DocumentConsistency.Span>> spans = new ArrayList<>(clean.size());
    for (int i = 0; i < clean.size(); i++) {
      List<String> words = clean.get(i);
      List<DocumentConsistency.Span> found = new ArrayList<>();
      if (!words.isEmpty()) {
        List<CoreLabel> tokens = CrfInput.sentence(words, extra.get(i), null, lookup.knownLowercase(), wordShape);
        crf.classify(tokens);
        decode(tokens, found);
      }
      spans.add(found);
    }
    DocumentConsistency.apply(new DocumentConsistency.Document(clean, spans, features, Gazetteer.shared()),
        r -> rules.contains(r.name()));
    ImmutableList.Builder<NameSpan> out = ImmutableList.builder();
    for (int i = 0; i < spans.size(); i++) {
      for (DocumentConsistency.Span s : spans.get(i)) {
        out.add(new NameSpan(i, s.start, s.end, s.type, Math.max(0.0, Math.min(1.0, s.confidence))));
      }
    }
    return out.build();
  }

  /** Decodes IOB2 or IO labels to spans; confidence is the mean marginal probability of the span's labels. */
  private static void decode(List<CoreLabel> tokens, List<DocumentConsistency.Span> out) {
    String curType = null;
    int start = -1;
    double probSum = 0;
    for (int j = 0; j <= tokens.size(); j++) {
      String label = j < tokens.size() ? tokens.get(j).get(CoreAnnotations.AnswerAnnotation.class) : "O";
      if (label == null) {
        label = "O";
      }
      boolean begin = label.startsWith("B-");
      String type = label.equals("O") ? null : (label.length() > 2 && label.charAt(1) == '-' ? label.substring(2) : label);
      boolean continues = type != null && type.equals(curType) && !begin;
      if (!continues && curType != null) {
        out.add(new DocumentConsistency.Span(start, j, curType, probSum / (j - start)));
        curType = null;
      }
      if (type != null && !continues) {
        curType = type;
        start = j;
        probSum = 0;
      }
      if (type != null) {
        Double p = tokens.get(j).get(CoreAnnotations.AnswerProbAnnotation.class);
        probSum += p == null ? 1.0 : p;
      }
    }
  }
}
