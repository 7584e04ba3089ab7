package nl.verrijk.pos;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import nl.verrijk.lexicon.DutchLexicon;
import nl.verrijk.lexicon.LexiconTag;

/**
 * The particle classifier of the lemmatizer: which later word of the sentence is the detached particle of a finite
 * separable verb ("richtte ... op" gives op_richten), scored by a logistic-regression model learned from the
 * treebank. Immutable and thread-safe.
 */
public final class SeparableParticles {

  private final ImmutableSet<String> particles;
  private final DutchLexicon lexicon;
  /** Feature to log-odds that a later token is the finite verb's particle. */
  private final ImmutableMap<String, Double> weights;

  /** The classifier over the known particles, checking joined verbs in the lexicon, with the learned weights. */
  SeparableParticles(ImmutableSet<String> particles, DutchLexicon lexicon, ImmutableMap<String, Double> weights) {
    this.particles = particles;
    this.lexicon = lexicon;
    this.weights = weights;
  }

  /**
   * Alpino lemmatises a finite separable verb together with its detached particle ("brengt ... door" gives
   * door_brengen). For each finite VERB, a learned classifier scores the later particle-like tokens of the sentence
   * ({@link #candidates}) and the best one with positive log-odds is attached; a particle directly before
   * "te" goes with the te-infinitive ("op te ruimen" gives op_ruimen).
   */
  public void attach(TokenInfo[] t, String[] upos, String[] xpos, String[] lemmas) {
    for (int i = 0; i < t.length; i++) {
      if (!"VERB".equals(upos[i]) || lemmas[i].indexOf('_') >= 0) {
        continue;
      }
      if (i >= 2 && t[i - 1].lower().equals("te") && xpos[i].startsWith("WW|inf")) {
        // "op te ruimen" -> op_ruimen
        String p = t[i - 2].lower();
        if (xpos[i - 2].equals("VZ|fin") || particles.contains(p)) {
          attach(lemmas, i, p);
        }
        continue;
      }
      if (!xpos[i].startsWith("WW|pv")) {
        continue;
      }
      List<Integer> cands = candidates(t, upos, xpos, i, lemmas[i]);
      int best = -1;
      double bestScore = 0;
      for (int c = 0; c < cands.size(); c++) {
        double sc = LemmaModel.score(weights, features(t, upos, xpos, i, cands.get(c), lemmas[i], c, cands.size()));
        if (sc > bestScore) {
          bestScore = sc;
          best = cands.get(c);
        }
      }
      if (best >= 0) {
        lemmas[i] = t[best].lower() + "_" + lemmas[i];
      }
    }
  }

  private static final ImmutableSet<String> DETERMINING = ImmutableSet.of("DET", "ADJ", "NUM", "ADP", "PRON");

  /** Longest distance, in tokens, between a finite verb and a particle the classifier considers. */
  private static final int PARTICLE_WINDOW = 30;

  /**
   * Candidate particles of the finite verb at i (its lemma without particle given): later tokens of the sentence
   * (at most {@value #PARTICLE_WINDOW} on) that are a known particle or a final preposition, not a noun after a
   * determiner, adjective, numeral, preposition or pronoun, and that make a lexicon verb when joined to the verb
   * lemma ("richtte ... op" gives oprichten).
   */
  public List<Integer> candidates(TokenInfo[] t, String[] upos, String[] xpos, int i, String verb) {
    List<Integer> out = new ArrayList<>();
    for (int j = i + 1; j < t.length && j <= i + PARTICLE_WINDOW; j++) {
      String p = t[j].lower();
      if (p.length() < 2 || !(particles.contains(p) || xpos[j].equals("VZ|fin"))) {
        continue;
      }
      if ("NOUN".equals(upos[j]) && j > 0 && DETERMINING.contains(upos[j - 1])) {
        continue; // a particle noun is bare: "nam deel", not "nam een deel"
      }
      if (separable(p, verb)) {
        out.add(j);
      }
    }
    return out;
  }

  private boolean separable(String p, String verb) {
    String joined = p + verb;
    for (DutchLexicon.Entry e : lexicon.lookup(joined)) {
      if (e.tag().is(LexiconTag.WordClass.VERB) && e.lemma().equals(joined)) {
        return true;
      }
    }
    return false;
  }

  /** Features of candidate particle j of the finite verb i for the particle classifier. */
  public List<String> features(TokenInfo[] t, String[] upos, String[] xpos, int i, int j, String verb,
      int rank, int count) {
    String p = t[j].lower();
    String x = shortTag(xpos[j]);
    String next = j + 1 >= t.length ? "EOS" : "PUNCT".equals(upos[j + 1]) ? t[j + 1].form() : shortTag(xpos[j + 1]);
    String prev = shortTag(xpos[j - 1]);
    int commas = 0;
    boolean finite = false;
    boolean conj = false;
    for (int k = i + 1; k < j; k++) {
      String f = t[k].form();
      if (f.equals(",") || f.equals(";") || f.equals(":") || f.equals("(") || f.equals(")")) {
        commas++;
      }
      finite |= xpos[k].startsWith("WW|pv");
      conj |= "CCONJ".equals(upos[k]) || "SCONJ".equals(upos[k]);
    }
    int d = j - i;
    String dist = d <= 3 ? String.valueOf(d) : d <= 5 ? "4-5" : d <= 8 ? "6-8" : d <= 12 ? "9-12" : "13+";
    boolean te = j + 1 < t.length && t[j + 1].lower().equals("te");
    List<String> f = new ArrayList<>(20);
    f.add("b");
    f.add("p=" + p);
    f.add("v=" + verb);
    f.add("pv=" + p + "_" + verb);
    f.add("x=" + x);
    f.add("nx=" + next);
    f.add("xnx=" + x + "_" + next);
    f.add("pnx=" + p + "_" + next);
    f.add("pr=" + prev);
    f.add("xpr=" + x + "_" + prev);
    f.add("d=" + dist);
    f.add("cm=" + Math.min(commas, 2));
    f.add("fin=" + finite);
    f.add("cj=" + conj);
    f.add("te=" + te);
    f.add("r=" + Math.min(rank, 2) + "_" + (rank == count - 1));
    f.add("fq=" + lexicon.frequency(p + verb) / 3);
    return f;
  }

  /** Coarse Alpino tag: the first two segments ("VZ|fin", "N|soort", "BW"). */
  private static String shortTag(String xpos) {
    int a = xpos.indexOf('|');
    if (a < 0) {
      return xpos;
    }
    int b = xpos.indexOf('|', a + 1);
    return b < 0 ? xpos : xpos.substring(0, b);
  }

  private void attach(String[] lemmas, int i, String p) {
    if (separable(p, lemmas[i])) {
      lemmas[i] = p + "_" + lemmas[i];
    }
  }
}
