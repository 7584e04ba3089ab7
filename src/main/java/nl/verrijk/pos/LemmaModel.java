package nl.verrijk.pos;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import nl.verrijk.lexicon.DutchLexicon;
import nl.verrijk.lexicon.LexiconTag;
import nl.verrijk.lexicon.LexiconTag.WordClass;

/**
 * Lemmatizer producing Alpino-style lemmas (compound and particle boundaries marked with {@code _}):
 * a form table learned from the training treebank, the LanguageTool lexicon filtered by the predicted
 * UPOS, a compound splitter (lexicon candidates, chosen by a logistic-regression classifier learned from the
 * treebank's noun lemmas), a particle classifier for detached particles of finite verbs, and suffix rules
 * learned from the treebank for the rest. Which of them answers for a token is decided by the ordered
 * steps of {@link LemmaRules}. Immutable and thread-safe.
 */
public final class LemmaModel {

  /** Longest suffix used by the learned suffix rules. */
  public static final int MAX_SUFFIX = 6;


  private final ImmutableMap<String, String> table;
  private final ImmutableMap<String, String> spelling;
  private final ImmutableSet<String> plain;
  private final ImmutableSet<String> particles;
  /** Adjective heads that Alpino splits off their modifier (jarenlang gives jaar_lang), learned from the treebank. */
  private final ImmutableSet<String> adjectiveHeads;
  private final ImmutableMap<String, String> rules;
  private final DutchLexicon lexicon;
  private final boolean splitCompounds;
  /** Weights of the compound-split classifier: feature to log-odds contribution of splitting there. */
  private final ImmutableMap<String, Double> splitWeights;
  /** Weights of the particle classifier: feature to log-odds that a later token is the finite verb's particle. */
  private final ImmutableMap<String, Double> particleWeights;
  private final SeparableParticles separableParticles;
  private final CompoundSplitter compounds;

  /** Creates a model from its learned parts (split weights empty: no compound of an unseen lemma is split). */
  public LemmaModel(Map<String, String> table, Map<String, String> spelling, java.util.Set<String> plain,
      java.util.Set<String> particles, Map<String, String> rules, DutchLexicon lexicon, boolean splitCompounds,
      Map<String, Double> splitWeights, java.util.Set<String> adjectiveHeads, Map<String, Double> particleWeights) {
    this.splitWeights = ImmutableMap.copyOf(splitWeights);
    this.particleWeights = ImmutableMap.copyOf(particleWeights);
    this.adjectiveHeads = ImmutableSet.copyOf(adjectiveHeads);
    this.table = ImmutableMap.copyOf(table);
    this.spelling = ImmutableMap.copyOf(spelling);
    this.plain = ImmutableSet.copyOf(plain);
    this.particles = ImmutableSet.copyOf(particles);
    this.rules = ImmutableMap.copyOf(rules);
    this.lexicon = lexicon;
    this.splitCompounds = splitCompounds;
    this.separableParticles = new SeparableParticles(this.particles, lexicon, this.particleWeights);
    this.compounds = new CompoundSplitter(lexicon, this.spelling, this.plain, this.splitWeights, this.adjectiveHeads);
  }

  /** Returns a copy bound to the given lexicon. */
  public LemmaModel withLexicon(DutchLexicon lex) {
    return new LemmaModel(table, spelling, plain, particles, rules, lex, splitCompounds, splitWeights, adjectiveHeads,
        particleWeights);
  }

  /** Returns a copy that does (or does not) insert compound boundaries for lemmas not seen in training. */
  public LemmaModel withCompoundSplitting(boolean on) {
    return new LemmaModel(table, spelling, plain, particles, rules, lexicon, on, splitWeights, adjectiveHeads,
        particleWeights);
  }

  /**
   * Lemma of one analysed token given its predicted UPOS and XPOS: the first answer of the steps of
   * {@link LemmaRules#ORDER}. Never throws, never returns null or empty.
   */
  public String lemmatize(TokenInfo t, String upos, String xpos) {
    String lemma = LemmaRules.apply(LemmaRules.ORDER, this, new LemmaRules.Word(t.form(), t.lower(), upos));
    return lemma.isEmpty() ? t.form() : lemma;
  }

  /** The lemma the training treebank gave this form with this UPOS, or null. */
  String tableLemma(String form, String upos) {
    return table.get(form + '\t' + upos);
  }

  /** The lexicon this model reads. */
  DutchLexicon lexicon() {
    return lexicon;
  }

  /** Whether this model inserts compound boundaries for lemmas not seen in training. */
  boolean splitsCompounds() {
    return splitCompounds;
  }

  /** Lexicon lemma compatible with the UPOS, or null. */
  String lexiconLemma(String form, String lower, String upos) {
    String best = null;
    int bestScore = -1;
    List<DutchLexicon.Entry> exact = lexicon.lookup(form);
    List<DutchLexicon.Entry> low = lower.equals(form) ? List.of() : lexicon.lookup(lower);
    for (int pass = 0; pass < 2; pass++) {
      for (DutchLexicon.Entry e : pass == 0 ? exact : low) {
        int s = compat(e.tag(), upos);
        if (s > 0) {
          String lemma = e.lemma();
          if (!"PROPN".equals(upos) && pass == 0 && !e.tag().is(LexiconTag.WordClass.NAME)) {
            boolean keepCase = "ADJ".equals(upos) && low.stream().noneMatch(x -> x.tag().is(LexiconTag.WordClass.ADJECTIVE));
            lemma = lemma.equals(form) && !form.equals(lower) && !keepCase ? lower : lemma;
          }
          int score = s * 4 + (pass == 0 ? 2 : 0);
          if (spelling.containsKey(lemma)) {
            score += 1;
          }
          if (score > bestScore) {
            bestScore = score;
            best = lemma;
          }
        }
      }
    }
    if ("PROPN".equals(upos)) {
      return properNounLemma(form, exact);
    }
    if (best != null && "ADJ".equals(upos) && bestScore < 12) {
      // adjectival participle without an adjective reading: Alpino keeps the participle ("gerenommeerde" -> gerenommeerd)
      String base = lower.endsWith("e") ? lower.substring(0, lower.length() - 1) : lower;
      if (base.endsWith("dd") || base.endsWith("tt")) {
        base = base.substring(0, base.length() - 1);
      }
      for (DutchLexicon.Entry e : lexicon.lookup(base)) {
        if (e.tag().verbForm() == LexiconTag.VerbForm.PAST_PARTICIPLE) {
          return base;
        }
      }
    }
    return best;
  }

  /**
   * Whether the lexicon shows prefix + verb to be inseparable: it knows participles of both, and no participle of
   * the whole is the prefix before a participle of the verb (overschrijden: overschreden, not over-geschreden).
   */
  private boolean inseparable(String p, String verb) {
    List<String> whole = lexicon.participles(p + verb);
    List<String> part = lexicon.participles(verb);
    if (whole.isEmpty() || part.isEmpty()) {
      return false;
    }
    for (String w : whole) {
      for (String v : part) {
        if (w.equals(p + v)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Attaches the detached particles of finite separable verbs to their lemmas ({@link SeparableParticles#attach});
   * nothing happens when compound splitting is off.
   */
  public void attachParticles(TokenInfo[] t, String[] upos, String[] xpos, String[] lemmas) {
    if (splitCompounds) {
      separableParticles.attach(t, upos, xpos, lemmas);
    }
  }

  /** The compound splitter of this model. */
  public CompoundSplitter compounds() {
    return compounds;
  }

  /** The particle classifier of this model. */
  public SeparableParticles separableParticles() {
    return separableParticles;
  }

  /** The log-odds of a linear model: the sum of the weights of the features. */
  static double score(Map<String, Double> weights, List<String> features) {
    double s = 0;
    for (String f : features) {
      s += weights.getOrDefault(f, 0.0);
    }
    return s;
  }

  /** Shortest compound modifier or head the splitter considers. */
  static final int MIN_PART = 3;

  /**
   * Proper nouns keep their form, except all-caps datelines of known names ("NIJMEGEN" -> Nijmegen) and
   * capitalised plural nouns whose singular the lexicon knows ("Duitsers" -> Duitser).
   */
  private String properNounLemma(String form, List<DutchLexicon.Entry> exact) {
    if (form.length() >= 4 && (form.endsWith("'s") || form.endsWith("\u2019s"))) {
      return form.substring(0, form.length() - 2); // the possessive of a name: Rabo's gives Rabo
    }
    boolean enm = false;
    String plural = null;
    for (DutchLexicon.Entry e : exact) {
      if (e.tag().is(LexiconTag.WordClass.NAME)) {
        enm = true;
      } else if (e.tag().isPluralNoun() && !e.lemma().isEmpty() && Character.isUpperCase(e.lemma().charAt(0))) {
        plural = e.lemma();
      }
    }
    if (!enm && plural != null) {
      return plural;
    }
    if (form.length() >= 4 && form.chars().allMatch(Character::isLetter) && form.equals(form.toUpperCase(Locale.ROOT))) {
      String title = form.charAt(0) + form.substring(1).toLowerCase(Locale.ROOT);
      for (DutchLexicon.Entry e : lexicon.lookup(title)) {
        if (e.tag().is(LexiconTag.WordClass.NAME)) {
          return title;
        }
      }
    }
    return form;
  }

  /** 0 = incompatible, higher = better match between a LanguageTool tag and a UPOS. */
  static int compat(LexiconTag tag, String upos) {
    LexiconTag.WordClass c = tag.wordClass();
    LexiconTag.VerbForm v = tag.verbForm();
    return switch (upos) {
      case "NOUN" -> c == WordClass.NOUN ? 3 : tag.isNominalisedVerb() ? 2 : 0;
      case "PROPN" -> c == WordClass.NAME ? 3 : c == WordClass.NOUN ? 1 : 0;
      case "VERB", "AUX" -> c == WordClass.VERB ? 3 : 0;
      case "ADJ" -> c == WordClass.ADJECTIVE ? 3
          : v == LexiconTag.VerbForm.PAST_PARTICIPLE || v == LexiconTag.VerbForm.PRESENT_PARTICIPLE ? 2 : 0;
      case "ADV" -> c == WordClass.ADVERB ? 3 : c == WordClass.ADJECTIVE ? 2 : 0;
      case "PRON", "DET" -> c == WordClass.PRONOUN ? 3 : c == WordClass.NUMERAL ? 1 : 0;
      case "ADP" -> c == WordClass.PREPOSITION ? 3 : 0;
      case "CCONJ", "SCONJ" -> c == WordClass.CONJUNCTION ? 3 : 0;
      case "NUM" -> c == WordClass.NUMERAL ? 3 : 0;
      case "INTJ" -> c == WordClass.INTERJECTION ? 3 : 0;
      default -> 0;
    };
  }

  /** Maps a plain lemma to its Alpino spelling with compound/particle boundaries. */
  String alpino(String lemma, String upos) {
    return alpino(lemma, upos, true);
  }

  /** {@link #alpino(String, String)}, for a lemma the lexicon has ({@code inLexicon}) or one built from parts. */
  String alpino(String lemma, String upos, boolean inLexicon) {
    String known = spelling.get(lemma);
    if (known != null) {
      return known;
    }
    if (!splitCompounds || plain.contains(lemma) || lemma.indexOf('_') >= 0) {
      return lemma;
    }
    if ("VERB".equals(upos) || "AUX".equals(upos)) {
      for (String p : particles) {
        if (lemma.length() - p.length() >= 3 && lemma.startsWith(p)) {
          String rest = lemma.substring(p.length());
          if (inseparable(p, rest)) {
            continue;
          }
          for (DutchLexicon.Entry e : lexicon.lookup(rest)) {
            if (e.tag().is(LexiconTag.WordClass.VERB) && e.lemma().equals(rest)) {
              return p + "_" + alpino(rest, upos);
            }
          }
        }
      }
      return lemma;
    }
    if ("ADJ".equals(upos)) {
      return compounds.adjectiveCompound(lemma);
    }
    if ("NOUN".equals(upos) && lemma.length() >= 2 * MIN_PART) {
      String split = compounds.split(lemma, inLexicon);
      return split == null ? lemma : split;
    }
    return lemma;
  }

  /** The learned suffix rule of the longest matching ending applied to {@code lower}; {@code lower} when none matches. */
  String suffixRule(String lower, String upos) {
    for (int n = Math.min(MAX_SUFFIX, lower.length()); n >= 1; n--) {
      String r = rules.get(upos + '\t' + lower.substring(lower.length() - n));
      if (r != null) {
        int tab = r.indexOf('\t');
        int cut = Integer.parseInt(r.substring(0, tab));
        if (cut <= lower.length() - 2) {
          return lower.substring(0, lower.length() - cut) + r.substring(tab + 1);
        }
      }
    }
    return lower;
  }

  /** Edit rule (characters cut from the end, text appended) turning a form into its lemma, as "cut\tappend". */
  public static String rule(String form, String lemma) {
    int p = 0;
    int max = Math.min(form.length(), lemma.length());
    while (p < max && form.charAt(p) == lemma.charAt(p)) {
      p++;
    }
    return (form.length() - p) + "\t" + lemma.substring(p);
  }

  /** Writes the model as gzipped UTF-8 text sections. */
  public void write(OutputStream out) throws IOException {
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
      w.write("#verrijk-lemma 1\n");
      section(w, "table", new TreeMap<>(table));
      section(w, "spelling", new TreeMap<>(spelling));
      Map<String, String> p = new TreeMap<>();
      plain.forEach(s -> p.put(s, ""));
      section(w, "plain", p);
      Map<String, String> q = new java.util.LinkedHashMap<>();
      particles.forEach(s -> q.put(s, ""));
      section(w, "particles", q);
      section(w, "rules", new TreeMap<>(rules));
      Map<String, String> ah = new TreeMap<>();
      adjectiveHeads.forEach(x -> ah.put(x, ""));
      section(w, "adjectiveHeads", ah);
      Map<String, String> sw = new TreeMap<>();
      splitWeights.forEach((k, v) -> sw.put(k, String.format(Locale.ROOT, "%.4f", v)));
      section(w, "splitWeights", sw);
      Map<String, String> pw = new TreeMap<>();
      particleWeights.forEach((k, v) -> pw.put(k, String.format(Locale.ROOT, "%.4f", v)));
      section(w, "particleWeights", pw);
    }
  }

  private static void section(BufferedWriter w, String name, Map<String, String> m) throws IOException {
    w.write("@" + name + "\t" + m.size() + "\n");
    for (Map.Entry<String, String> e : m.entrySet()) {
      w.write(e.getKey().replace("\n", " "));
      w.write('\u0001');
      w.write(e.getValue().replace("\n", " "));
      w.write('\n');
    }
  }

  /** Reads a model written by {@link #write}. */
  public static LemmaModel read(InputStream in, DutchLexicon lexicon) throws IOException {
    Map<String, Map<String, String>> sections = new HashMap<>();
    List<String> order = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      String line = r.readLine();
      if (line == null || !line.startsWith("#verrijk-lemma")) {
        throw new IOException("not a verrijk lemma model");
      }
      Map<String, String> cur = null;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("@")) {
          String name = line.substring(1, line.indexOf('\t'));
          cur = new java.util.LinkedHashMap<>();
          sections.put(name, cur);
          order.add(name);
          continue;
        }
        int sep = line.indexOf('\u0001');
        if (cur != null && sep >= 0) {
          cur.put(line.substring(0, sep), line.substring(sep + 1));
        }
      }
    }
    return new LemmaModel(sections.getOrDefault("table", Map.of()), sections.getOrDefault("spelling", Map.of()),
        sections.getOrDefault("plain", Map.of()).keySet(), sections.getOrDefault("particles", Map.of()).keySet(),
        sections.getOrDefault("rules", Map.of()), lexicon, true, weights(sections.getOrDefault("splitWeights", Map.of())),
        sections.getOrDefault("adjectiveHeads", Map.of()).keySet(),
        weights(sections.getOrDefault("particleWeights", Map.of())));
  }

  private static Map<String, Double> weights(Map<String, String> section) {
    Map<String, Double> w = new HashMap<>();
    section.forEach((k, v) -> w.put(k, Double.parseDouble(v)));
    return w;
  }
}
