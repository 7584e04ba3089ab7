package nl.verrijk.train;

import nl.verrijk.corpus.Manifests;
import nl.verrijk.corpus.Splits;

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
 * Trains the UPOS, XPOS and lemma models from a UD Dutch CoNLL-U file ({@code train pos}), with a
 * split held out for choosing settings ({@code eval pos} takes the same split). Deterministic: each
 * model on one thread, no randomness.
 */
public final class PosTrainer {

  /**
   * The settings of a training run.
   *
   * @param algorithm the OpenNLP algorithm of the two UPOS models
   * @param xposAlgorithm the OpenNLP algorithm of the XPOS model
   * @param iterations training iterations of each model
   * @param cutoff the UPOS models' feature count cutoff
   * @param xposCutoff the XPOS model's feature count cutoff
   * @param l1 the L1 cost of the quasi-Newton trainer, or null for OpenNLP's default
   * @param l2 the L2 cost of the quasi-Newton trainer, or null for OpenNLP's default
   * @param newsWeight how many times each news sentence is trained on
   */
  public record Settings(String algorithm, String xposAlgorithm, int iterations, int cutoff, int xposCutoff,
      Double l1, Double l2, int newsWeight) {

    /** The settings of the shipped models. */
    public static Settings shipped() {
      return new Settings("MAXENT_QN", "MAXENT", 100, 3, 3, null, null, 1);
    }
  }

  private PosTrainer() {}

  /**
   * Trains on {@code train} without the sentences {@code split} holds out and writes the models
   * and their manifest (with {@code command}, the command that rebuilds them) into {@code out};
   * with {@code lemmaOnly}, retrains the lemma model alone into an existing model directory.
   */
  public static void run(Path train, Path out, Splits.Split split, boolean lemmaOnly, Settings settings,
      String command) throws IOException {
    ImmutableList<Sentence> all = Conllu.read(train);
    List<Sentence> trainPart = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (!split.heldOut(i, all.get(i))) {
        trainPart.add(all.get(i));
        for (int k = 1; k < settings.newsWeight() && Splits.isNews(all.get(i)); k++) {
          trainPart.add(all.get(i));
        }
      }
    }
    long t0 = System.nanoTime();
    Files.createDirectories(out);
    if (lemmaOnly) {
      LemmaModel lm = LemmaTrainer.build(trainPart, DutchLexicon.shared());
      try (OutputStream o = Files.newOutputStream(out.resolve(PosLemmaTagger.LEMMA_MODEL))) {
        lm.write(o);
      }
      System.out.println("lemma model rebuilt in " + out);
      return;
    }
    train(trainPart, out, settings);
    double secs = (System.nanoTime() - t0) / 1e9;
    Map<String, String> m = new LinkedHashMap<>();
    m.put("id", "verrijk-pos-nl");
    m.put("version", "0.1.0");
    m.put("components", "UPOS: two OpenNLP maxent models (" + settings.algorithm() + "), left to right and right to left, probabilities summed, "
        + "then two name rules (particles inside person names, name-hyphen-noun compounds), a clause rule for "
        + "hebben/worden/zijn (AUX with a participle, else VERB) and grammar checks (no DET or SCONJ before the end "
        + "of a clause, no DET before a finite verb, nominal infinitives after het/dit/dat, no bare verb form after "
        + "an article, dan after a comparative); XPOS: OpenNLP maxent conditioned on predicted UPOS; "
        + "lemma: table + lexicon + compound-split classifier (with speller word frequencies) + particle classifier "
        + "+ rules");
    String held = switch (split) {
      case NEWSDEV -> " minus the odd-numbered news documents (news dev split)";
      case DEV -> " minus every 10th sentence (dev split)";
      case ALL -> "";
    };
    m.put("training.data", "UD Dutch (LassySmall + Alpino) ud-nl-train.conllu" + held + ", " + trainPart.size()
        + " sentences");
    m.put("training.data.licence", "CC BY-SA 4.0");
    m.put("lexicon", "org.languagetool:dutch-pos-dict:0.1 (runtime dependency, not copied into the model)");
    m.put("training.params", "algorithm=" + settings.algorithm() + " xpos.algorithm=" + settings.xposAlgorithm()
        + " iterations=" + settings.iterations() + " cutoff=" + settings.cutoff() + " xpos.cutoff="
        + settings.xposCutoff() + (settings.l1() == null ? "" : " l1=" + settings.l1())
        + (settings.l2() == null ? "" : " l2=" + settings.l2())
        + (settings.newsWeight() == 1 ? "" : " newsWeight=" + settings.newsWeight())
        + " threads=1 per model, the three models trained side by side");
    m.put("training.command", command);
    m.put("training.seconds", String.format(Locale.ROOT, "%.1f", secs));
    Manifests.update(out.resolve("manifest.properties"), m);
    System.out.printf(Locale.ROOT, "trained in %.1f s -> %s%n", secs, out);
  }

  /** Trains all models on the sentences and writes them into the output directory. */
  public static void train(List<Sentence> sentences, Path out, Settings settings) throws IOException {
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
      Future<MaxentModel> l2r = pool.submit(() -> trainModel(leftToRight, settings.algorithm(), settings.cutoff(),
          settings));
      Future<MaxentModel> r2l = pool.submit(() -> trainModel(rightToLeft, settings.algorithm(), settings.cutoff(),
          settings));
      Future<MaxentModel> xm = pool.submit(() -> trainModel(xposEvents, settings.xposAlgorithm(),
          settings.xposCutoff(), settings));
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

  static MaxentModel trainModel(List<Event> events, String algo, int cutoff, Settings settings) throws IOException {
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, algo);
    p.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
    p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    p.put(TrainingParameters.THREADS_PARAM, 1);
    if (settings.l1() != null) {
      p.put("L1Cost", settings.l1());
    }
    if (settings.l2() != null) {
      p.put("L2Cost", settings.l2());
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
