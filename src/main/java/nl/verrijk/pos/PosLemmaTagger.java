package nl.verrijk.pos;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import nl.verrijk.lexicon.DutchLexicon;
import nl.verrijk.model.Upos;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/** Thread-safe, immutable tagger; load once, share across threads. */
public final class PosLemmaTagger {

  /** Classpath folder holding the shipped models. */
  public static final String RESOURCE_DIR = "nl/verrijk/models/pos/";
  /** File name of the left-to-right UPOS model. */
  public static final String UPOS_MODEL = "upos.bin.gz";
  /** File name of the right-to-left UPOS model. */
  public static final String UPOS_R2L_MODEL = "upos-r2l.bin.gz";
  /** File name of the XPOS model. */
  public static final String XPOS_MODEL = "xpos.bin.gz";
  /** File name of the lemma model. */
  public static final String LEMMA_MODEL = "lemma.txt.gz";
  /** File name of the UPOS-to-allowed-XPOS table. */
  public static final String XPOS_TABLE = "upos-xpos.tsv";

  private final LemmaModel lemmas;
  private final PosFeatures features;
  private final ImmutableList<TagRule> beforeXpos;
  private final ImmutableList<TagRule> afterXpos;
  private final ImmutableMap<String, boolean[]> allowedXpos;
  private final String[] uposOutcomes;
  /** The UPOS outcomes as tags, index for index. */
  private final Upos[] uposTags;
  private final String[] xposOutcomes;
  private final LinearScorer uposScorer;
  private final LinearScorer uposR2lScorer;
  private final LinearScorer xposScorer;
  /** Maps an outcome index of the right-to-left model to the left-to-right model's index. */
  private final int[] r2lToL2r;
  /** Indices of DET and SCONJ among the UPOS outcomes (-1 if absent). */
  private final int detIndex;
  private final int sconjIndex;
  /** Bounded insert-only memo of the word-only part of the UPOS scores, keyed by form. */
  private final java.util.concurrent.ConcurrentHashMap<String, float[]> uposWordCache =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** The same memo for the right-to-left UPOS model. */
  private final java.util.concurrent.ConcurrentHashMap<String, float[]> uposR2lWordCache =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** Bounded insert-only memo of the word-only part of the XPOS scores, keyed by UPOS and form. */
  private final java.util.concurrent.ConcurrentHashMap<String, float[]> xposWordCache =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int UPOS_CACHE_LIMIT = 100_000;
  private static final int XPOS_CACHE_LIMIT = 30_000;

  PosLemmaTagger(MaxentModel upos, MaxentModel uposR2l, MaxentModel xpos, LemmaModel lemmas, DutchLexicon lexicon,
      Map<String, List<String>> uposToXpos) {
    this(new LinearScorer(upos), new LinearScorer(uposR2l), new LinearScorer(xpos), lemmas, lexicon, uposToXpos);
  }

  /** Keeps only the scorers (the OpenNLP models themselves, with their training-only predicates, can go). */
  private PosLemmaTagger(LinearScorer upos, LinearScorer uposR2l, LinearScorer xpos, LemmaModel lemmas,
      DutchLexicon lexicon, Map<String, List<String>> uposToXpos) {
    this.lemmas = lemmas;
    this.features = new PosFeatures(lexicon);
    this.beforeXpos = TagRules.beforeXpos(features);
    this.afterXpos = TagRules.afterXpos();
    this.uposOutcomes = upos.outcomeNames();
    this.uposTags = java.util.Arrays.stream(uposOutcomes).map(Upos::of).toArray(Upos[]::new);
    this.xposOutcomes = xpos.outcomeNames();
    this.uposScorer = upos;
    this.uposR2lScorer = uposR2l;
    List<String> l2r = List.of(uposOutcomes);
    this.r2lToL2r = new int[uposR2l.numOutcomes()];
    for (int k = 0; k < r2lToL2r.length; k++) {
      r2lToL2r[k] = l2r.indexOf(uposR2l.name(k));
      if (r2lToL2r[k] < 0) {
        throw new IllegalStateException("the two UPOS models have different tag sets: " + uposR2l.name(k));
      }
    }
    this.detIndex = l2r.indexOf("DET");
    this.sconjIndex = l2r.indexOf("SCONJ");
    this.xposScorer = xpos;
    Map<String, Integer> xi = new HashMap<>();
    for (int i = 0; i < xposOutcomes.length; i++) {
      xi.put(xposOutcomes[i], i);
    }
    ImmutableMap.Builder<String, boolean[]> b = ImmutableMap.builder();
    for (Map.Entry<String, List<String>> e : uposToXpos.entrySet()) {
      boolean[] ok = new boolean[xposOutcomes.length];
      for (String x : e.getValue()) {
        Integer i = xi.get(x);
        if (i != null) {
          ok[i] = true;
        }
      }
      b.put(e.getKey(), ok);
    }
    this.allowedXpos = b.build();
  }

  /** Loads the shipped models from the classpath (resources under nl/verrijk/models/pos/). */
  public static PosLemmaTagger load() {
    return load(name -> {
      InputStream in = PosLemmaTagger.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name);
      if (in == null) {
        throw new IllegalStateException("POS model resource missing from the classpath: " + RESOURCE_DIR + name);
      }
      return in;
    }, "classpath:" + RESOURCE_DIR);
  }

  /** Loads models from a directory with the same layout. */
  public static PosLemmaTagger load(Path dir) {
    return load(name -> {
      Path p = dir.resolve(name);
      if (!Files.isRegularFile(p)) {
        throw new IllegalStateException("POS model file missing: " + p.toAbsolutePath());
      }
      try {
        return Files.newInputStream(p);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open POS model file " + p, e);
      }
    }, dir.toString());
  }

  /** Returns a copy with compound splitting of unseen lemmas switched on or off; for experiments. */
  public PosLemmaTagger withCompoundSplitting(boolean on) {
    return new PosLemmaTagger(uposScorer, uposR2lScorer, xposScorer, lemmas.withCompoundSplitting(on), DutchLexicon.shared(),
        xposTable());
  }

  private Map<String, List<String>> xposTable() {
    Map<String, List<String>> m = new HashMap<>();
    allowedXpos.forEach((u, ok) -> {
      List<String> l = new ArrayList<>();
      for (int i = 0; i < ok.length; i++) {
        if (ok[i]) {
          l.add(xposOutcomes[i]);
        }
      }
      m.put(u, l);
    });
    return m;
  }

  private interface Opener {
    InputStream open(String name);
  }

  private static PosLemmaTagger load(Opener opener, String where) {
    // The parts are independent: read them in parallel to keep the load time low.
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4, r -> {
      Thread th = new Thread(r, "verrijk-pos-load");
      th.setDaemon(true);
      return th;
    });
    try {
      java.util.concurrent.Future<DutchLexicon> lex = pool.submit(DutchLexicon::shared);
      java.util.concurrent.Future<MaxentModel> u = pool.submit(() -> readModel(opener.open(UPOS_MODEL)));
      java.util.concurrent.Future<MaxentModel> ur = pool.submit(() -> readModel(opener.open(UPOS_R2L_MODEL)));
      java.util.concurrent.Future<MaxentModel> x = pool.submit(() -> readModel(opener.open(XPOS_MODEL)));
      Map<String, List<String>> table = new HashMap<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(opener.open(XPOS_TABLE), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          String[] c = line.split("\t");
          if (c.length == 2) {
            table.computeIfAbsent(c[0], k -> new ArrayList<>()).add(c[1]);
          }
        }
      }
      LemmaModel l;
      try (InputStream in = opener.open(LEMMA_MODEL)) {
        l = LemmaModel.read(in, null);
      }
      DutchLexicon lexicon = get(lex);
      return new PosLemmaTagger(get(u), get(ur), get(x), l.withLexicon(lexicon), lexicon, table);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load POS models from " + where, e);
    } finally {
      pool.shutdown();
    }
  }

  private static <T> T get(java.util.concurrent.Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading POS models", e);
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("cannot load POS models: " + c.getMessage(), c);
    }
  }

  static MaxentModel readModel(InputStream in) throws IOException {
    try (InputStream gz = new GZIPInputStream(in)) {
      return new GenericModelReader(new BinaryFileDataReader(gz)).getModel();
    }
  }

  /** Tags one sentence of token strings; result has the same size. */
  public List<PosTags> tag(List<String> tokens) {
    if (tokens.isEmpty()) {
      return ImmutableList.of();
    }
    TokenInfo[] t = features.analyse(tokens);
    TaggedSentence s = new TaggedSentence(t, decodeUpos(t), null, this::xpos);
    for (TagRule rule : beforeXpos) {
      rule.apply(s);
    }
    String[] u = s.uposNames();
    String[] x = new String[t.length];
    List<String> ctx = new ArrayList<>(48);
    for (int i = 0; i < t.length; i++) {
      x[i] = xpos(t, i, u, x, ctx);
    }
    s.xpos = x;
    for (TagRule rule : afterXpos) {
      rule.apply(s);
    }
    return lemmatized(s);
  }

  /** The lemmas of a tagged sentence, with the particles of separable verbs attached. */
  private List<PosTags> lemmatized(TaggedSentence s) {
    TokenInfo[] t = s.tokens;
    String[] u = s.uposNames();
    String[] x = s.xpos;
    String[] l = new String[t.length];
    for (int i = 0; i < t.length; i++) {
      l[i] = lemmas.lemmatize(t[i], u[i], x[i]);
      if (s.pluralName[i] && l[i].equals(t[i].form())) {
        l[i] = TagRules.PluralNames.singular(l[i]);
      }
    }
    lemmas.attachParticles(t, u, x, l);
    ImmutableList.Builder<PosTags> out = ImmutableList.builderWithExpectedSize(t.length);
    for (int i = 0; i < t.length; i++) {
      out.add(new PosTags(s.upos[i], x[i], l[i]));
    }
    return out.build();
  }

  /** The best XPOS of position i of a sentence whose UPOS a rule changed. */
  private String xpos(TaggedSentence s, int i) {
    return xpos(s.tokens, i, s.uposNames(), s.xpos, new ArrayList<>(48));
  }

  /** The best XPOS of position i among those seen with its UPOS, given the XPOS tags to its left. */
  private String xpos(TokenInfo[] t, int i, String[] u, String[] x, List<String> ctx) {
    double[] p = new double[xposOutcomes.length];
    add(p, xposWord(t[i], u[i], ctx));
    ctx.clear();
    features.xposDynamicFeatures(t, i, u, x, ctx);
    xposScorer.score(ctx, p);
    boolean[] ok = allowedXpos.get(u[i]);
    int best = -1;
    for (int k = 0; k < p.length; k++) {
      if ((ok == null || ok[k]) && (best < 0 || p[k] > p[best])) {
        best = k;
      }
    }
    return xposOutcomes[best < 0 ? argmax(p) : best];
  }

  private static void add(double[] p, float[] v) {
    for (int k = 0; k < p.length; k++) {
      p[k] += v[k];
    }
  }

  private float[] uposWord(TokenInfo w, List<String> ctx, LinearScorer scorer,
      java.util.concurrent.ConcurrentHashMap<String, float[]> cache) {
    float[] v = cache.get(w.form());
    if (v == null) {
      ctx.clear();
      features.uposWordFeatures(w, ctx);
      v = scorer.vector(ctx);
      if (cache.size() < UPOS_CACHE_LIMIT) {
        cache.putIfAbsent(w.form(), v);
      }
    }
    return v;
  }

  private float[] xposWord(TokenInfo w, String u, List<String> ctx) {
    String key = u + '\t' + w.form();
    float[] v = xposWordCache.get(key);
    if (v == null) {
      ctx.clear();
      features.xposWordFeatures(w, u, ctx);
      v = xposScorer.vector(ctx);
      if (xposWordCache.size() < XPOS_CACHE_LIMIT) {
        xposWordCache.putIfAbsent(key, v);
      }
    }
    return v;
  }

  private static int argmax(double[] p) {
    int b = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[b]) {
        b = k;
      }
    }
    return b;
  }

  /**
   * UPOS by two greedy passes, left to right and right to left (each sees its own earlier decisions), whose
   * probabilities are summed per token: each direction sees the tags on one side only, together they see both.
   */
  private Upos[] decodeUpos(TokenInfo[] t) {
    int n = t.length;
    double[][] forward = greedy(t, uposScorer, uposWordCache);
    TokenInfo[] reversed = new TokenInfo[n];
    for (int i = 0; i < n; i++) {
      reversed[i] = t[n - 1 - i];
    }
    double[][] backward = greedy(reversed, uposR2lScorer, uposR2lWordCache);
    Upos[] tags = new Upos[n];
    for (int i = 0; i < n; i++) {
      double[] p = forward[i];
      double[] q = backward[n - 1 - i];
      for (int k = 0; k < q.length; k++) {
        p[r2lToL2r[k]] += q[k];
      }
      beforeClauseEnd(t, i, p);
      tags[i] = uposTags[argmax(p)];
    }
    return tags;
  }

  /**
   * Rules out tags that need a word after them when the clause ends: no determiner before , . ; : ? ! or the end
   * of the sentence ("probeerde het ," is the pronoun), and no subordinating conjunction before . ; : ? ! or the
   * end ("veranderde dat ."); a conjunction before a comma can open an interrupted clause ("dat , als ...").
   */
  private void beforeClauseEnd(TokenInfo[] t, int i, double[] p) {
    boolean last = i + 1 == t.length;
    if (!last && !TagRules.isClauseEnd(t[i + 1].form())) {
      return;
    }
    if (detIndex >= 0) {
      p[detIndex] = -1;
    }
    if (sconjIndex >= 0 && (last || !t[i + 1].form().equals(","))) {
      p[sconjIndex] = -1;
    }
  }

  /** One greedy pass; returns the normalised tag probabilities of every position. */
  private double[][] greedy(TokenInfo[] t, LinearScorer scorer,
      java.util.concurrent.ConcurrentHashMap<String, float[]> cache) {
    List<String> ctx = new ArrayList<>(48);
    String[] tags = new String[t.length];
    double[][] out = new double[t.length][];
    for (int i = 0; i < t.length; i++) {
      double[] p = new double[scorer.numOutcomes()];
      add(p, uposWord(t[i], ctx, scorer, cache));
      ctx.clear();
      features.uposDynamicFeatures(t, i, tags, ctx);
      scorer.score(ctx, p);
      softmax(p);
      tags[i] = scorer.name(argmax(p));
      out[i] = p;
    }
    return out;
  }

  private static void softmax(double[] p) {
    double max = p[argmax(p)];
    double sum = 0;
    for (int k = 0; k < p.length; k++) {
      p[k] = Math.exp(p[k] - max);
      sum += p[k];
    }
    for (int k = 0; k < p.length; k++) {
      p[k] /= sum;
    }
  }
}
