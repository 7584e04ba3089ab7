package nl.verrijk.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.verrijk.io.Conllu.Sentence;
import nl.verrijk.lexicon.DutchLexicon;
import nl.verrijk.lexicon.LexiconTag;
import nl.verrijk.pos.CompoundSplitter;
import nl.verrijk.pos.LemmaModel;
import nl.verrijk.pos.PosFeatures;
import nl.verrijk.pos.TokenInfo;

/**
 * Learns the lemma model (form table, Alpino spellings, verb particles, suffix rules, the compound-split and
 * particle classifiers) from treebank sentences.
 */
public final class LemmaTrainer {

  private LemmaTrainer() {}

  /** Builds the lemma model. Sentences with XPOS carry Alpino compound boundaries; the others are plain. */
  public static LemmaModel build(List<Sentence> sentences, DutchLexicon lexicon) {
    Map<String, Map<String, Integer>> spellCounts = new HashMap<>();
    for (Sentence s : sentences) {
      if (!s.hasXpos()) {
        continue;
      }
      for (String l : s.lemmas()) {
        spellCounts.computeIfAbsent(l.replace("_", ""), k -> new HashMap<>()).merge(l, 1, Integer::sum);
      }
    }
    Map<String, String> spelling = new HashMap<>();
    Set<String> plain = new HashSet<>();
    spellCounts.forEach((k, v) -> {
      String best = best(v);
      if (best.equals(k)) {
        if (k.length() >= 5) {
          plain.add(k);
        }
      } else if (k.length() >= 2) {
        spelling.put(k, best);
      }
    });
    // the split classifier needs only the lexicon and the memorised spellings
    Map<String, Double> weights = splitClassifier(
        new LemmaModel(Map.of(), spelling, plain, Set.of(), Map.of(), lexicon, true, Map.of(), Set.of(), Map.of()),
        nounSpellings(sentences), lexicon);
    Map<String, Map<String, Integer>> table = new HashMap<>();
    Map<String, Map<String, Integer>> rules = new HashMap<>();
    Map<String, Integer> particleCounts = new HashMap<>();
    for (Sentence s : sentences) {
      boolean alpino = s.hasXpos();
      for (int i = 0; i < s.size(); i++) {
        String f = s.forms().get(i);
        String u = s.upos().get(i);
        String l = s.lemmas().get(i);
        if (!alpino) {
          l = spelling.getOrDefault(l, l);
        }
        int w = alpino ? CURRENT_RELEASE_WEIGHT : 1;
        table.computeIfAbsent(f + '\t' + u, k -> new HashMap<>()).merge(l, w, Integer::sum);
        if (alpino && (u.equals("VERB") || u.equals("AUX")) && l.indexOf('_') > 0) {
          particleCounts.merge(l.substring(0, l.indexOf('_')), 1, Integer::sum);
        }
        if (u.equals("NOUN") || u.equals("VERB") || u.equals("ADJ") || u.equals("AUX") || u.equals("ADV")) {
          String lf = f.toLowerCase(Locale.ROOT);
          String ll = s.lemmas().get(i).replace("_", "").toLowerCase(Locale.ROOT);
          String r = LemmaModel.rule(lf, ll);
          for (int n = 1; n <= LemmaModel.MAX_SUFFIX && n <= lf.length(); n++) {
            rules.computeIfAbsent(u + '\t' + lf.substring(lf.length() - n), k -> new HashMap<>()).merge(r, 1, Integer::sum);
          }
        }
      }
    }
    Map<String, String> t = new TreeMap<>();
    table.forEach((k, v) -> t.put(k, best(v)));
    Map<String, String> r = new TreeMap<>();
    rules.forEach((k, v) -> {
      int total = v.values().stream().mapToInt(Integer::intValue).sum();
      String b = best(v);
      if (total >= 2 && v.get(b) * 2 > total) {
        r.put(k, b);
      }
    });
    Set<String> particles = new LinkedHashSet<>();
    particleCounts.entrySet().stream()
        .filter(e -> e.getValue() >= 2 && e.getKey().length() >= 2)
        .sorted((a, b) -> b.getKey().length() != a.getKey().length()
            ? b.getKey().length() - a.getKey().length() : a.getKey().compareTo(b.getKey()))
        .forEach(e -> particles.add(e.getKey()));
    Set<String> adjectiveHeads = adjectiveHeads(sentences);
    System.out.printf("lemma model: %d table entries, %d spellings, %d particles, %d rules, %d split weights, "
        + "adjective heads %s%n", t.size(), spelling.size(), particles.size(), r.size(), weights.size(), adjectiveHeads);
    LemmaModel base = new LemmaModel(t, spelling, plain, particles, r, lexicon, true, weights, adjectiveHeads, Map.of());
    Map<String, Double> particleWeights = particleClassifier(base, sentences, lexicon);
    return new LemmaModel(t, spelling, plain, particles, r, lexicon, true, weights, adjectiveHeads, particleWeights);
  }

  /**
   * Learns which later token is the detached particle of a finite verb: every candidate of every finite verb
   * (see {@link nl.verrijk.pos.SeparableParticles#candidates}) is one example, positive when the Alpino lemma of the verb starts
   * with that particle and it is the first candidate with that text. Gold tags; same logistic regression as the
   * split classifier.
   */
  static Map<String, Double> particleClassifier(LemmaModel model, List<Sentence> sentences, DutchLexicon lexicon) {
    PosFeatures features = new PosFeatures(lexicon);
    List<List<String>> xs = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    for (Sentence s : sentences) {
      if (!s.hasXpos()) {
        continue;
      }
      TokenInfo[] t = null;
      String[] u = s.upos().toArray(new String[0]);
      String[] x = s.xpos().toArray(new String[0]);
      for (int i = 0; i < s.size(); i++) {
        if (!u[i].equals("VERB") || !x[i].startsWith("WW|pv")) {
          continue;
        }
        String gold = s.lemmas().get(i);
        String lower = s.forms().get(i).toLowerCase(Locale.ROOT);
        int us = gold.lastIndexOf('_');
        String particle = us > 0 ? gold.substring(0, us) : null;
        if (particle != null && (lower.startsWith(particle.replace("_", "")) || particle.indexOf('_') >= 0)) {
          continue; // particle inside the word, or a multi-word particle ("ten_onder_gaan")
        }
        String verb = us > 0 ? gold.substring(us + 1) : gold;
        if (t == null) {
          t = features.analyse(s.forms());
        }
        List<Integer> cands = model.separableParticles().candidates(t, u, x, i, verb);
        boolean found = false;
        for (int c = 0; c < cands.size(); c++) {
          int j = cands.get(c);
          boolean y = !found && t[j].lower().equals(particle);
          found |= y;
          xs.add(model.separableParticles().features(t, u, x, i, j, verb, c, cands.size()));
          ys.add(y);
        }
      }
    }
    System.out.printf("particle classifier: %d candidate particles, %d of them Alpino's%n",
        xs.size(), ys.stream().filter(y -> y).count());
    return logistic(xs, ys, SPLIT_ITERATIONS, PARTICLE_L2);
  }

  /**
   * Weight of a current-release lemma against an older-release one in the form table: the test treebank follows
   * the current release (circa for "ca.", not "ca."), so its lemma wins wherever it has one (chosen on the
   * cross-validation of the train file).
   */
  private static final int CURRENT_RELEASE_WEIGHT = 1000;

  /** L2 cost of the particle classifier, chosen by cross-validation on the train file. */
  private static final double PARTICLE_L2 = 1.0;

  /**
   * Heads of adjective compounds that Alpino splits (the last part of adjective lemmas with a boundary): those of
   * at least 3 adjective lemma types, of which at least 60% carry the boundary before the head.
   */
  static Set<String> adjectiveHeads(List<Sentence> sentences) {
    Set<String> lemmas = new java.util.TreeSet<>();
    for (Sentence s : sentences) {
      for (int i = 0; s.hasXpos() && i < s.size(); i++) {
        String l = s.lemmas().get(i);
        if (s.upos().get(i).equals("ADJ") && l.indexOf('-') < 0) {
          lemmas.add(l);
        }
      }
    }
    Map<String, int[]> counts = new TreeMap<>();
    for (String l : lemmas) {
      if (l.indexOf('_') > 0) {
        counts.computeIfAbsent(l.substring(l.lastIndexOf('_') + 1), k -> new int[2])[0]++;
      }
    }
    for (String l : lemmas) {
      for (Map.Entry<String, int[]> e : counts.entrySet()) {
        if (l.indexOf('_') < 0 && l.endsWith(e.getKey()) && l.length() - e.getKey().length() >= 3) {
          e.getValue()[1]++;
        }
      }
    }
    Set<String> heads = new java.util.TreeSet<>();
    counts.forEach((h, c) -> {
      if (h.length() >= 3 && c[0] + c[1] >= 3 && c[0] >= 0.6 * (c[0] + c[1])) {
        heads.add(h);
      }
    });
    return heads;
  }

  /** Alpino spelling counts of every plain noun lemma in the sentences that carry them. */
  private static Map<String, Map<String, Integer>> nounSpellings(List<Sentence> sentences) {
    Map<String, Map<String, Integer>> out = new TreeMap<>();
    for (Sentence s : sentences) {
      for (int i = 0; s.hasXpos() && i < s.size(); i++) {
        String l = s.lemmas().get(i);
        if (s.upos().get(i).equals("NOUN") && l.chars().allMatch(c -> Character.isLowerCase(c) || c == '_')) {
          out.computeIfAbsent(l.replace("_", ""), k -> new HashMap<>()).merge(l, 1, Integer::sum);
        }
      }
    }
    return out;
  }

  /**
   * Learns where Alpino splits a compound noun: every noun lemma type of the treebank gives one example per
   * split candidate, positive when the Alpino lemma starts with that modifier. L2-regularised logistic
   * regression (full-batch AdaGrad, fixed iterations, so training is deterministic).
   */
  static Map<String, Double> splitClassifier(LemmaModel model, Map<String, Map<String, Integer>> nouns,
      DutchLexicon lexicon) {
    List<List<String>> xs = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    for (Map.Entry<String, Map<String, Integer>> e : nouns.entrySet()) {
      String plainLemma = e.getKey();
      String gold = best(e.getValue());
      List<CompoundSplitter.SplitCandidate> cands = model.compounds().candidates(plainLemma);
      boolean inLexicon = isNoun(lexicon, plainLemma);
      for (int i = 0; i < cands.size(); i++) {
        xs.add(model.compounds().features(cands.get(i), i, cands.size(), inLexicon));
        ys.add(gold.startsWith(cands.get(i).modifierLemma() + "_"));
      }
    }
    System.out.printf("split classifier: %d noun lemma types, %d candidate splits, %d of them Alpino's%n",
        nouns.size(), xs.size(), ys.stream().filter(y -> y).count());
    Map<String, Double> w = logistic(xs, ys, SPLIT_ITERATIONS, SPLIT_L2);
    w.put("b", Math.round((w.getOrDefault("b", 0.0) + SPLIT_PRIOR) * 1e4) / 1e4);
    return w;
  }

  /**
   * Split classifier settings: the L2 cost chosen on the dev split, the prior on the news words of
   * {@code LemmaCrossValidation}. The prior is added to the bias: a lemma the treebank never saw is more often a
   * productive compound (which Alpino splits) than the treebank's own noun types are.
   */
  private static final int SPLIT_ITERATIONS = 300;
  private static final double SPLIT_L2 = 2.0;
  private static final double SPLIT_PRIOR = 1.0;

  /** Binary logistic regression with an L2 penalty; weights rounded to 4 decimals (as the model file stores them). */
  static Map<String, Double> logistic(List<List<String>> xs, List<Boolean> ys, int iterations, double l2) {
    Map<String, Integer> index = new TreeMap<>();
    xs.forEach(x -> x.forEach(f -> index.putIfAbsent(f, 0)));
    int n = 0;
    for (Map.Entry<String, Integer> e : index.entrySet()) {
      e.setValue(n++);
    }
    int[][] rows = new int[xs.size()][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = xs.get(i).stream().mapToInt(index::get).toArray();
    }
    double[] w = new double[n];
    double[] g2 = new double[n];
    for (int it = 0; it < iterations; it++) {
      double[] grad = new double[n];
      for (int i = 0; i < rows.length; i++) {
        double z = 0;
        for (int f : rows[i]) {
          z += w[f];
        }
        double err = 1 / (1 + Math.exp(-z)) - (ys.get(i) ? 1 : 0);
        for (int f : rows[i]) {
          grad[f] += err;
        }
      }
      for (int f = 0; f < n; f++) {
        grad[f] += l2 * w[f];
        g2[f] += grad[f] * grad[f];
        if (g2[f] > 0) {
          w[f] -= 0.5 * grad[f] / Math.sqrt(g2[f]);
        }
      }
    }
    Map<String, Double> out = new TreeMap<>();
    index.forEach((f, i) -> {
      double r = Math.round(w[i] * 1e4) / 1e4;
      if (r != 0) {
        out.put(f, r);
      }
    });
    return out;
  }

  private static boolean isNoun(DutchLexicon lexicon, String lemma) {
    return lexicon.lookup(lemma).stream().anyMatch(e -> e.tag().is(LexiconTag.WordClass.NOUN) && e.lemma().equals(lemma));
  }

  private static String best(Map<String, Integer> counts) {
    String best = null;
    int bc = -1;
    for (Map.Entry<String, Integer> e : new TreeMap<>(counts).entrySet()) {
      if (e.getValue() > bc) {
        bc = e.getValue();
        best = e.getKey();
      }
    }
    return best;
  }
}
