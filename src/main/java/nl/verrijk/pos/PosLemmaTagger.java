package nl.verrijk.pos;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
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
  private final ImmutableMap<String, boolean[]> allowedXpos;
  private final String[] uposOutcomes;
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
  /** Units of time that "geleden" (ago) follows. */
  private static final ImmutableSet<String> DURATIONS = ImmutableSet.of(
      "seconde", "seconden", "minuut", "minuten", "kwartier", "uur", "uren", "dag", "dagen", "week", "weken", "maand",
      "maanden", "jaar", "jaren", "eeuw", "eeuwen", "decennium", "decennia", "tijd", "tijdje", "poos", "poosje");
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
    this.uposOutcomes = upos.outcomeNames();
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
    String[] u = decodeUpos(t);
    for (int i = 1; i < t.length; i++) {
      if (t[i].lower().equals("geleden") && DURATIONS.contains(t[i - 1].lower())) {
        u[i] = "ADV"; // "drie uur geleden" is "three hours ago", never the participle of lijden
      }
    }
    afterDeterminers(t, u);
    nameParticles(t, u);
    for (int i = 0; i < t.length; i++) {
      if ("PROPN".equals(u[i]) && isHyphenatedNoun(t[i].form())) {
        u[i] = "NOUN";
      }
    }
    String[] x = new String[t.length];
    List<String> ctx = new ArrayList<>(48);
    ImmutableList.Builder<PosTags> out = ImmutableList.builderWithExpectedSize(t.length);
    for (int i = 0; i < t.length; i++) {
      x[i] = xpos(t, i, u, x, ctx);
    }
    determinersBeforeFiniteVerbs(t, u, x);
    for (int i = 0; i < t.length; i++) {
      if (isSymbol(t[i].form())) {
        u[i] = "SYM";
        x[i] = "SPEC|symb";
      }
    }
    comparativeThan(t, u, x);
    boolean[] pluralName = pluralNames(t, u, x);
    auxiliaries(t, u, x);
    String[] l = new String[t.length];
    for (int i = 0; i < t.length; i++) {
      l[i] = lemmas.lemmatize(t[i], u[i], x[i]);
      if (pluralName[i] && l[i].equals(t[i].form())) {
        l[i] = singularName(l[i]);
      }
    }
    lemmas.attachParticles(t, u, x, l);
    for (int i = 0; i < t.length; i++) {
      out.add(new PosTags(u[i], x[i], l[i]));
    }
    return out.build();
  }

  /**
   * A determiner never stands before a finite verb, so such a word is a pronoun ("Het leed", "dit is"; the current
   * treebank release has 661 pronouns and no determiner there); its XPOS is chosen again among the pronoun tags.
   */
  void determinersBeforeFiniteVerbs(TokenInfo[] t, String[] u, String[] x) {
    for (int i = 0; i + 1 < t.length; i++) {
      if ("DET".equals(u[i]) && x[i + 1].startsWith("WW|pv")) {
        u[i] = "PRON";
        x[i] = xpos(t, i, u, x, new ArrayList<>(48));
      }
    }
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

  private static final ImmutableSet<String> HEBBEN_WORDEN = ImmutableSet.of("heb", "hebt", "heeft", "hebben", "had",
      "hadden", "word", "wordt", "worden", "werd", "werden");
  private static final ImmutableSet<String> ZIJN = ImmutableSet.of("ben", "bent", "is", "zijn", "was", "waren");

  /**
   * A form of hebben, worden or zijn is AUX in a clause (up to the nearest , . ; : ? ! on either side) with a past
   * participle or a modal infinitive ("had het kanaal kunnen sluiten"); without one, hebben and worden are main
   * verbs, VERB ("heeft geen bevoegdheden", "werd minister"), while zijn keeps its tag (copula AUX, existential
   * VERB). In the current treebank release 92% of hebben and 95% of worden follow this.
   */
  static void auxiliaries(TokenInfo[] t, String[] u, String[] x) {
    for (int i = 0; i < t.length; i++) {
      String f = t[i].lower();
      boolean hw = HEBBEN_WORDEN.contains(f);
      if (!(hw || ZIJN.contains(f)) || !("AUX".equals(u[i]) || "VERB".equals(u[i]))) {
        continue;
      }
      boolean auxiliary = false;
      for (int step = -1; step <= 1 && !auxiliary; step += 2) {
        for (int j = i + step; j >= 0 && j < t.length && !isClauseEnd(t[j].form()); j += step) {
          if (x[j].startsWith("WW|vd") || (x[j].startsWith("WW|inf") && "AUX".equals(u[j]))) {
            auxiliary = true;
            break;
          }
        }
      }
      if (auxiliary) {
        u[i] = "AUX";
      } else if (hw) {
        u[i] = "VERB";
      }
    }
  }

  private static boolean isClauseEnd(String form) {
    return switch (form) {
      case ",", ".", ";", ":", "?", "!" -> true;
      default -> false;
    };
  }

  private static final ImmutableSet<String> COMPARATIVE_WORDS = ImmutableSet.of("meer", "minder", "liever", "eerder",
      "anders", "ander", "andere");

  /**
   * "dan" within three words after a comparative ("groter dan", "meer geld dan", "liever ... dan") is the
   * comparative conjunction, SCONJ, not the adverb "then" (all 58 such cases in the current treebank release).
   */
  static void comparativeThan(TokenInfo[] t, String[] u, String[] x) {
    for (int i = 1; i < t.length; i++) {
      if (!t[i].lower().equals("dan") || !"ADV".equals(u[i])) {
        continue;
      }
      for (int j = Math.max(0, i - 3); j < i; j++) {
        if (x[j].contains("|comp") || COMPARATIVE_WORDS.contains(t[j].lower())) {
          u[i] = "SCONJ";
          x[i] = "VG|onder";
          break;
        }
      }
    }
  }

  private static final ImmutableSet<String> PLURAL_QUANTIFIERS = ImmutableSet.of("veel", "vele", "enkele", "alle",
      "sommige", "meerdere", "diverse", "talrijke", "verscheidene", "tientallen", "honderden", "duizenden",
      "miljoenen");
  private static final ImmutableSet<String> DEGREE_WORDS = ImmutableSet.of("ruim", "bijna", "ongeveer", "circa",
      "ca.", "zo'n", "zeker", "minstens", "hooguit", "maximaal", "dan", "tot", "nog");

  /**
   * A capitalised proper noun ending in s after a plural quantity, with at most one adjective between, is
   * plural, N|eigen|mv ("vier Rabo's", "meerdere Grammy's", "ruim 2000 Humvees"); the positions are returned so
   * that a lemma the table and lexicon do not know loses the plural ending, as the treebank's plural names do
   * (Duitsers: Duitser).
   * A four-digit number from 1000 to 2099 counts only after a word of degree ("ruim 2000"), since it is more
   * often a year ("2004 Vlaams"); a date's month is not capitalised ("24 augustus").
   */
  static boolean[] pluralNames(TokenInfo[] t, String[] u, String[] x) {
    boolean[] plural = new boolean[t.length];
    for (int i = 1; i < t.length; i++) {
      String f = t[i].form();
      if (!"PROPN".equals(u[i]) || !x[i].startsWith("N|eigen|ev") || !f.endsWith("s")
          || !Character.isUpperCase(f.codePointAt(0))) {
        continue;
      }
      int j = "ADJ".equals(u[i - 1]) && i > 1 ? i - 2 : i - 1;
      if (pluralQuantity(t, u, j)) {
        x[i] = "N|eigen|mv|basis";
        plural[i] = true;
      }
    }
    return plural;
  }

  /** The singular of a plural name the lemmatizer left whole: Humvees gives Humvee (Rabo's loses 's there already). */
  static String singularName(String form) {
    return form.endsWith("s") && form.length() >= 4 ? form.substring(0, form.length() - 1) : form;
  }

  private static boolean pluralQuantity(TokenInfo[] t, String[] u, int j) {
    String w = t[j].lower();
    if (PLURAL_QUANTIFIERS.contains(w)) {
      return true;
    }
    if (!"NUM".equals(u[j]) || w.equals("één") || w.equals("een") || w.equals("1") || w.equals("0")) {
      return false;
    }
    boolean year = w.length() == 4 && (w.startsWith("1") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit);
    return !year || (j > 0 && DEGREE_WORDS.contains(t[j - 1].lower()));
  }

  private static final ImmutableSet<String> SINGULAR_NEUTER_DETERMINERS = ImmutableSet.of("het", "'t", "dit", "dat");
  private static final ImmutableSet<String> ARTICLES = ImmutableSet.of("de", "het", "'t", "een", "dit", "dat",
      "deze", "die", "elk", "elke", "ieder", "iedere", "geen", "welk", "welke", "zo'n");

  /**
   * The word after a determiner agrees with it. A singular neuter determiner (het, dit, dat) never precedes a
   * plural noun, so a NOUN there whose noun readings in the lexicon are all plural and that can be an infinitive
   * is a nominal infinitive, VERB in UD Dutch ("het opbouwen", "het spelen"; 21 of 22 such words in the current
   * treebank release, none NOUN). And a verb right after an article or a demonstrative is inflected (-e) or an
   * infinitive (-en), so a VERB there that ends otherwise and can be a singular noun is that noun ("het geweld",
   * not the participle of wellen; "het besluit"; after any determiner the current release has 833 such words as
   * NOUN and none as VERB). Quantifiers such as "weinig" are left out: they also stand alone before a verb.
   */
  static void afterDeterminers(TokenInfo[] t, String[] u) {
    for (int i = 1; i < t.length; i++) {
      if (!"DET".equals(u[i - 1]) || !("NOUN".equals(u[i]) || "VERB".equals(u[i]))) {
        continue;
      }
      boolean infinitive = false;
      boolean singular = false;
      for (DutchLexicon.Entry e : t[i].readings()) {
        infinitive |= e.tag().startsWith("WKW:TGW") || e.tag().startsWith("WKW:INF");
        singular |= e.tagClass().equals("ZNW") && !e.tag().startsWith("ZNW:MRV");
      }
      String d = t[i - 1].lower();
      String w = t[i].lower();
      if ("NOUN".equals(u[i]) && SINGULAR_NEUTER_DETERMINERS.contains(d) && infinitive && !singular) {
        u[i] = "VERB";
      } else if ("VERB".equals(u[i]) && ARTICLES.contains(d) && singular && !w.endsWith("e") && !w.endsWith("n")) {
        u[i] = "NOUN";
      }
    }
  }

  private static final ImmutableSet<String> NAME_PARTICLE_WORDS = ImmutableSet.of("van", "de", "den", "der", "ter",
      "ten", "te", "vande", "vanden", "von", "'t", "le", "la", "du", "da", "di", "el", "al", "bin", "ben");

  /**
   * Particles inside a person's name are part of the name (PROPN in UD Dutch): "Loek van Wely", "Pieter van den
   * Hoogenband", and a sentence that opens with "De Rooij". A particle run counts when a capitalised PROPN
   * follows it and either a first name from the lexicon precedes it or it starts the sentence (or follows
   * punctuation) capitalised before a word the lexicon knows only as a surname.
   */
  private static void nameParticles(TokenInfo[] t, String[] u) {
    for (int i = 0; i < t.length; i++) {
      if (!NAME_PARTICLE_WORDS.contains(t[i].lower())) {
        continue;
      }
      int j = i;
      while (j < t.length && NAME_PARTICLE_WORDS.contains(t[j].lower())) {
        j++;
      }
      if (j >= t.length || !"PROPN".equals(u[j]) || !Character.isUpperCase(t[j].form().charAt(0))) {
        i = j;
        continue;
      }
      boolean afterFirstName = i > 0 && "PROPN".equals(u[i - 1]) && hasTag(t[i - 1], "ENM:PER:FST");
      boolean opensName = (i == 0 || "PUNCT".equals(u[i - 1])) && Character.isUpperCase(t[i].form().charAt(0))
          && onlySurname(t[j]);
      if (afterFirstName || opensName) {
        for (int k = i; k < j; k++) {
          u[k] = "PROPN";
        }
      }
      i = j;
    }
  }

  /** A name before a hyphen and a lower-case noun after it ("FARC-rebellen", "EU-landen") is a common noun. */
  private boolean isHyphenatedNoun(String form) {
    int h = form.lastIndexOf('-');
    if (h <= 0 || form.length() - h - 1 < 3 || !Character.isLowerCase(form.charAt(h + 1))) {
      return false;
    }
    for (DutchLexicon.Entry e : features.analyse(form.substring(h + 1)).exact()) {
      if (e.tagClass().equals("ZNW")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasTag(TokenInfo t, String prefix) {
    for (DutchLexicon.Entry e : t.exact()) {
      if (e.tag().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlySurname(TokenInfo t) {
    boolean surname = false;
    for (DutchLexicon.Entry e : t.readings()) {
      if (!e.tag().startsWith("ENM:PER:LST")) {
        return false;
      }
      surname = true;
    }
    return surname;
  }

  /** Currency signs, maths symbols and emoji (no letters or digits) are SYM, as in the UD Dutch data. */
  static boolean isSymbol(String form) {
    boolean symbol = false;
    for (int i = 0; i < form.length(); ) {
      int cp = form.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        return false;
      }
      int type = Character.getType(cp);
      if (type == Character.CURRENCY_SYMBOL || type == Character.MATH_SYMBOL || type == Character.OTHER_SYMBOL) {
        symbol = true;
      }
    }
    return symbol;
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
  private String[] decodeUpos(TokenInfo[] t) {
    int n = t.length;
    double[][] forward = greedy(t, uposScorer, uposWordCache);
    TokenInfo[] reversed = new TokenInfo[n];
    for (int i = 0; i < n; i++) {
      reversed[i] = t[n - 1 - i];
    }
    double[][] backward = greedy(reversed, uposR2lScorer, uposR2lWordCache);
    String[] tags = new String[n];
    for (int i = 0; i < n; i++) {
      double[] p = forward[i];
      double[] q = backward[n - 1 - i];
      for (int k = 0; k < q.length; k++) {
        p[r2lToL2r[k]] += q[k];
      }
      beforeClauseEnd(t, i, p);
      tags[i] = uposOutcomes[argmax(p)];
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
    if (!last && !isClauseEnd(t[i + 1].form())) {
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
