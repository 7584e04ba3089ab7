package nl.verrijk.train;

import com.google.common.collect.ImmutableList;
import java.io.BufferedWriter;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import nl.verrijk.io.Conllu;
import nl.verrijk.io.Conllu.Sentence;
import nl.verrijk.lexicon.DutchLexicon;
import nl.verrijk.pos.LemmaModel;
import nl.verrijk.pos.PosFeatures;
import nl.verrijk.pos.PosLemmaTagger;
import nl.verrijk.pos.TokenInfo;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the UPOS, XPOS and lemma models from a UD Dutch CoNLL-U file.
 * Usage: {@code PosTrainer <train.conllu> <outDir> [--dev | --newsdev] [--lemma-only]}. With {@code --dev} every
 * 10th sentence is held out, with {@code --newsdev} the odd-numbered Alpino news documents (for choosing settings;
 * {@code PosEvaluator} takes the same flags); {@code --lemma-only} retrains the lemma model into an existing model
 * directory. Experiments may set {@code -Dverrijk.cutoff},
 * {@code -Dverrijk.iters}, {@code -Dverrijk.l1}, {@code -Dverrijk.l2} and {@code -Dverrijk.newsWeight} (repeats of
 * each news sentence). Deterministic: each model on one thread, no randomness.
 */
public final class PosTrainer {

  private PosTrainer() {}

  /** Command-line entry point. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: PosTrainer <train.conllu> <outDir> [--dev | --newsdev] [--lemma-only]");
      System.exit(2);
    }
    Path train = Path.of(args[0]);
    Path out = Path.of(args[1]);
    boolean dev = List.of(args).contains("--dev");
    String algo = System.getProperty("verrijk.algo", "MAXENT_QN");
    int iters = Integer.getInteger("verrijk.iters", 100);
    int cutoff = Integer.getInteger("verrijk.cutoff", 3);
    ImmutableList<Sentence> all = Conllu.read(train);
    List<Sentence> trainPart = new ArrayList<>();
    boolean newsDev = List.of(args).contains("--newsdev");
    int newsWeight = Integer.getInteger("verrijk.newsWeight", 1);
    for (int i = 0; i < all.size(); i++) {
      if (newsDev ? !heldOutNews(all.get(i)) : !dev || i % 10 != 9) {
        trainPart.add(all.get(i));
        for (int k = 1; k < newsWeight && isNews(all.get(i)); k++) {
          trainPart.add(all.get(i));
        }
      }
    }
    long t0 = System.nanoTime();
    Files.createDirectories(out);
    if (List.of(args).contains("--lemma-only")) {
      LemmaModel lm = LemmaTrainer.build(trainPart, DutchLexicon.shared());
      try (OutputStream o = Files.newOutputStream(out.resolve(PosLemmaTagger.LEMMA_MODEL))) {
        lm.write(o);
      }
      System.out.println("lemma model rebuilt in " + out);
      return;
    }
    train(trainPart, out, algo, iters, cutoff);
    double secs = (System.nanoTime() - t0) / 1e9;
    StringBuilder cmd = new StringBuilder("mvn -q compile dependency:build-classpath -Dmdep.outputFile=cp.txt && java");
    for (String jvmArg : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      cmd.append(' ').append(jvmArg);
    }
    cmd.append(" -cp target/classes:$(cat cp.txt) nl.verrijk.train.PosTrainer ").append(String.join(" ", args));
    Map<String, String> m = new LinkedHashMap<>();
    m.put("id", "verrijk-pos-nl");
    m.put("version", "0.1.0");
    m.put("components", "UPOS: two OpenNLP maxent models (" + algo + "), left to right and right to left, probabilities summed, "
        + "then two name rules (particles inside person names, name-hyphen-noun compounds), a clause rule for "
        + "hebben/worden/zijn (AUX with a participle, else VERB) and grammar checks (no DET or SCONJ before the end "
        + "of a clause, no DET before a finite verb, nominal infinitives after het/dit/dat, no bare verb form after "
        + "an article, dan after a comparative); XPOS: OpenNLP maxent conditioned on predicted UPOS; "
        + "lemma: table + lexicon + compound-split classifier (with speller word frequencies) + particle classifier "
        + "+ rules");
    String held = newsDev ? " minus the odd-numbered news documents (news dev split)"
        : dev ? " minus every 10th sentence (dev split)" : "";
    m.put("training.data", "UD Dutch (LassySmall + Alpino) ud-nl-train.conllu" + held + ", " + trainPart.size()
        + " sentences");
    m.put("training.data.licence", "CC BY-SA 4.0");
    m.put("lexicon", "org.languagetool:dutch-pos-dict:0.1 (runtime dependency, not copied into the model)");
    m.put("training.params", "algorithm=" + algo + " xpos.algorithm=" + System.getProperty("verrijk.xalgo", "MAXENT") + " iterations=" + iters + " cutoff=" + cutoff
        + " xpos.cutoff=" + Integer.getInteger("verrijk.xcutoff", cutoff) + " threads=1 per model, the three models trained side by side");
    m.put("training.command", System.getProperty("verrijk.command", cmd.toString()));
    m.put("training.seconds", String.format(Locale.ROOT, "%.1f", secs));
    writeManifest(out.resolve("manifest.properties"), m);
    System.out.printf(Locale.ROOT, "trained in %.1f s -> %s%n", secs, out);
  }

  private static final String NEWS = "WR-P-P-H-";

  /** Whether a sentence comes from the Alpino news documents (ids starting WR-P-P-H-) of the treebank. */
  public static boolean isNews(Sentence s) {
    return s.id().startsWith(NEWS);
  }

  /** The news dev split: sentences of the odd-numbered Alpino news documents (WR-P-P-H) of the train file. */
  public static boolean heldOutNews(Sentence s) {
    if (!isNews(s)) {
      return false;
    }
    String rest = s.id().substring(NEWS.length());
    int end = 0;
    while (end < rest.length() && Character.isDigit(rest.charAt(end))) {
      end++;
    }
    return end > 0 && Long.parseLong(rest.substring(0, end)) % 2 == 1;
  }

  /** Writes (or updates) the manifest with the given keys, keeping keys already present. */
  public static void writeManifest(Path file, Map<String, String> values) throws IOException {
    java.util.Properties p = new java.util.Properties();
    if (Files.exists(file)) {
      try (var in = Files.newInputStream(file)) {
        p.load(in);
      }
    }
    values.forEach(p::setProperty);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("# Verrijk model manifest: what the model is, its data and licence, the command that rebuilt it, its figures\n");
      for (String k : new TreeSet<>(p.stringPropertyNames())) {
        w.write(k + "=" + p.getProperty(k).replace("\\", "\\\\").replace("\n", "\\n") + "\n");
      }
    }
  }

  /** Trains all models on the sentences and writes them into the output directory. */
  public static void train(List<Sentence> sentences, Path out, String algo, int iters, int cutoff) throws IOException {
    DutchLexicon lexicon = DutchLexicon.shared();
    PosFeatures features = new PosFeatures(lexicon);
    List<Event> xposEvents = new ArrayList<>();
    Map<String, Set<String>> uposToXpos = new TreeMap<>();
    List<String> ctx = new ArrayList<>();
    for (Sentence s : sentences) {
      if (s.hasXpos()) {
        TokenInfo[] t = features.analyse(s.forms());
        String[] u = s.upos().toArray(new String[0]);
        String[] x = s.xpos().toArray(new String[0]);
        for (int i = 0; i < t.length; i++) {
          features.xposContext(t, i, u, x, ctx);
          xposEvents.add(new Event(x[i], ctx.toArray(new String[0])));
          uposToXpos.computeIfAbsent(u[i], k -> new TreeSet<>()).add(x[i]);
        }
      }
    }
    List<Event> leftToRight = uposEvents(sentences, features, false);
    List<Event> rightToLeft = uposEvents(sentences, features, true);
    System.out.printf("events: upos %d per direction, xpos %d%n", leftToRight.size(), xposEvents.size());
    // The three models are independent and each trains on one thread, so running them side by side
    // changes nothing in the result.
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<MaxentModel> l2r = pool.submit(() -> trainModel(leftToRight, algo, iters, cutoff));
      Future<MaxentModel> r2l = pool.submit(() -> trainModel(rightToLeft, algo, iters, cutoff));
      Future<MaxentModel> xm = pool.submit(() -> trainModel(xposEvents, System.getProperty("verrijk.xalgo", "MAXENT"),
          iters, Integer.getInteger("verrijk.xcutoff", cutoff)));
      writeModel(get(l2r), out.resolve(PosLemmaTagger.UPOS_MODEL));
      writeModel(get(r2l), out.resolve(PosLemmaTagger.UPOS_R2L_MODEL));
      writeModel(get(xm), out.resolve(PosLemmaTagger.XPOS_MODEL));
    } finally {
      pool.shutdownNow();
    }
    try (BufferedWriter w = Files.newBufferedWriter(out.resolve(PosLemmaTagger.XPOS_TABLE), StandardCharsets.UTF_8)) {
      for (Map.Entry<String, Set<String>> e : uposToXpos.entrySet()) {
        for (String x : e.getValue()) {
          w.write(e.getKey() + "\t" + x + "\n");
        }
      }
    }
    LemmaModel lm = LemmaTrainer.build(sentences, lexicon);
    try (OutputStream o = Files.newOutputStream(out.resolve(PosLemmaTagger.LEMMA_MODEL))) {
      lm.write(o);
    }
  }

  /**
   * UPOS training events, read left to right or (for the second model) right to left. The older LassySmall
   * release in the train file (the sentences without XPOS) follows older UD conventions (possessives as DET,
   * "als" as ADP, ordinals as NUM, ...). Its events carry a copy of every predicate marked with
   * {@link PosFeatures#OLDER_RELEASE_PREFIX}, which absorbs those differences; tagging never sees those, so the
   * shared weights follow the current conventions ("frustratingly easy" domain adaptation, Daumé 2007).
   */
  static List<Event> uposEvents(List<Sentence> sentences, PosFeatures features, boolean reverse) {
    List<Event> events = new ArrayList<>();
    List<String> ctx = new ArrayList<>();
    for (Sentence s : sentences) {
      List<String> forms = new ArrayList<>(s.forms());
      List<String> upos = new ArrayList<>(s.upos());
      if (reverse) {
        Collections.reverse(forms);
        Collections.reverse(upos);
      }
      TokenInfo[] t = features.analyse(forms);
      String[] u = upos.toArray(new String[0]);
      boolean older = !s.hasXpos();
      for (int i = 0; i < t.length; i++) {
        features.uposContext(t, i, u, ctx);
        if (older) {
          int k = ctx.size();
          for (int j = 0; j < k; j++) {
            ctx.add(PosFeatures.OLDER_RELEASE_PREFIX + ctx.get(j));
          }
        }
        events.add(new Event(u[i], ctx.toArray(new String[0])));
      }
    }
    return events;
  }

  private static MaxentModel get(Future<MaxentModel> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while training", e);
    } catch (ExecutionException e) {
      throw new IOException("training failed: " + e.getCause(), e.getCause());
    }
  }

  static MaxentModel trainModel(List<Event> events, String algo, int iters, int cutoff) throws IOException {
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, algo);
    p.put(TrainingParameters.ITERATIONS_PARAM, iters);
    p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    p.put(TrainingParameters.THREADS_PARAM, 1);
    if (System.getProperty("verrijk.l1") != null) {
      p.put("L1Cost", Double.parseDouble(System.getProperty("verrijk.l1")));
    }
    if (System.getProperty("verrijk.l2") != null) {
      p.put("L2Cost", Double.parseDouble(System.getProperty("verrijk.l2")));
    }
    EventTrainer trainer = TrainerFactory.getEventTrainer(p, new HashMap<>());
    return trainer.train(ObjectStreamUtils.createObjectStream(events));
  }

  static void writeModel(MaxentModel m, Path file) throws IOException {
    try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file)))) {
      GenericModelWriter w = new GenericModelWriter((AbstractModel) m, d);
      w.persist();
    }
  }
}
