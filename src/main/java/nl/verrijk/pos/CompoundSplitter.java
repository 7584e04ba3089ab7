package nl.verrijk.pos;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import nl.verrijk.lexicon.DutchLexicon;
import nl.verrijk.lexicon.LexiconTag;

/**
 * The compound splitter of the lemmatizer: Alpino marks compound boundaries in lemmas (ziekenhuis_opname), and a
 * lemma the treebank never showed is split where a logistic-regression classifier, learned from the treebank's
 * noun lemmas, scores a lexicon modifier and head. Immutable and thread-safe.
 */
public final class CompoundSplitter {

  private final DutchLexicon lexicon;
  private final ImmutableMap<String, String> spelling;
  /** Lemmas the treebank writes without a boundary. */
  private final ImmutableSet<String> plain;
  /** Feature to log-odds contribution of splitting there. */
  private final ImmutableMap<String, Double> splitWeights;
  /** Adjective heads that Alpino splits off their modifier (jarenlang gives jaar_lang), learned from the treebank. */
  private final ImmutableSet<String> adjectiveHeads;

  /** The splitter over the lexicon, with the lemma spellings, the unsplit lemmas, the learned weights and adjective heads. */
  CompoundSplitter(DutchLexicon lexicon, ImmutableMap<String, String> spelling, ImmutableSet<String> plain,
      ImmutableMap<String, Double> splitWeights, ImmutableSet<String> adjectiveHeads) {
    this.lexicon = lexicon;
    this.spelling = spelling;
    this.plain = plain;
    this.splitWeights = splitWeights;
    this.adjectiveHeads = adjectiveHeads;
  }

  /** The best split of a plain noun lemma (heads split again), or null when none has positive log-odds. */
  String split(String lemma, boolean inLexicon) {
    return split(lemma, inLexicon, 0);
  }

  /**
   * Alpino splits an adjective that ends in a learned adjective head after a known modifier (jarenlang gives
   * jaar_lang, vijfjarig vijf_jarig, drievoudig drie_voudig).
   */
  String adjectiveCompound(String lemma) {
    for (String h : adjectiveHeads) {
      if (lemma.endsWith(h) && lemma.length() - h.length() >= LemmaModel.MIN_PART) {
        String mod = modifierLemma(lemma.substring(0, lemma.length() - h.length()));
        if (mod != null) {
          return mod + "_" + h;
        }
      }
    }
    return lemma;
  }

  /** One reading of a plain noun lemma as modifier (its text and its lemma) + head. */
  public record SplitCandidate(String modifier, String modifierLemma, String head) {}

  /** Every split of a plain noun lemma into a known modifier and a lexicon noun head, left to right. */
  public List<SplitCandidate> candidates(String lemma) {
    List<SplitCandidate> out = new ArrayList<>();
    for (int k = LemmaModel.MIN_PART; k <= lemma.length() - LemmaModel.MIN_PART; k++) {
      String head = lemma.substring(k);
      boolean headOk = false;
      for (DutchLexicon.Entry e : lexicon.lookup(head)) {
        if (e.tag().is(LexiconTag.WordClass.NOUN) && e.lemma().equals(head)) {
          headOk = true;
          break;
        }
      }
      if (headOk) {
        String mod = lemma.substring(0, k);
        String modLemma = modifierLemma(mod);
        if (modLemma != null) {
          out.add(new SplitCandidate(mod, modLemma, head));
        }
      }
    }
    return out;
  }

  /** Features of one split candidate for the split classifier (rank = its place among the candidates). */
  public List<String> features(SplitCandidate c, int rank, int count, boolean inLexicon) {
    String m = c.modifierLemma();
    String h = c.head();
    int p = 0;
    while (p < m.length() && p < c.modifier().length() && m.charAt(p) == c.modifier().charAt(p)) {
      p++;
    }
    String link = c.modifier().substring(p);
    int ml = Math.min(c.modifier().length(), 8);
    int hl = Math.min(h.length(), 8);
    List<String> f = new ArrayList<>(16);
    f.add("b");
    f.add("h=" + h);
    f.add("m=" + m);
    f.add("hl=" + hl);
    f.add("ml=" + ml);
    f.add("mhl=" + Math.min(ml, 6) + "_" + Math.min(hl, 6));
    f.add("ln=" + (link.length() > 3 ? link.substring(0, 3) : link) + (p < m.length() ? "~" : ""));
    f.add("mc=" + modifierClasses(c.modifier()));
    f.add("lex=" + inLexicon);
    f.add("r=" + Math.min(rank, 2) + "_" + Math.min(count, 3));
    f.add("h3=" + h.substring(Math.max(0, h.length() - 3)));
    f.add("m2=" + c.modifier().substring(Math.max(0, c.modifier().length() - 2)));
    // word frequency classes: a frequent whole word is more often one lexicon entry that Alpino does not split
    int fw = lexicon.frequency(c.modifier() + h);
    int fh = lexicon.frequency(h);
    int fm = lexicon.frequency(m);
    f.add("fw=" + fw);
    f.add("fh=" + fh);
    f.add("fm=" + fm);
    f.add("fwh=" + Math.max(-4, Math.min(4, fw - fh)));
    f.add("fwm=" + Math.max(-4, Math.min(4, fw - fm)));
    return f;
  }

  private String modifierClasses(String mod) {
    java.util.TreeSet<String> c = new java.util.TreeSet<>();
    for (DutchLexicon.Entry e : lexicon.lookup(mod)) {
      c.add(e.tag().code());
    }
    return c.isEmpty() ? "-" : String.join("|", c);
  }

  /** The best-scoring split of a plain noun lemma with positive log-odds (heads split again), or null. */
  private String split(String lemma, boolean inLexicon, int depth) {
    if (depth > 3 || splitWeights.isEmpty()) {
      return null;
    }
    List<SplitCandidate> cands = candidates(lemma);
    SplitCandidate best = null;
    double bestScore = 0;
    for (int i = 0; i < cands.size(); i++) {
      double sc = LemmaModel.score(splitWeights, features(cands.get(i), i, cands.size(), inLexicon));
      if (sc > bestScore) {
        bestScore = sc;
        best = cands.get(i);
      }
    }
    if (best == null) {
      return null;
    }
    String head = best.head();
    String h = spelling.getOrDefault(head, head);
    if (h.indexOf('_') < 0 && !plain.contains(head)) {
      String hs = split(head, true, depth + 1);
      if (hs != null) {
        h = hs;
      }
    }
    return best.modifierLemma() + "_" + h;
  }

  /** Lemma of a compound modifier: a noun, else a noun before a linking -s-, -e- or hyphen, else any known word; or null. */
  String modifierLemma(String mod) {
    if (mod.length() < LemmaModel.MIN_PART) {
      return null;
    }
    String m = nounOrWord(mod, true);
    if (m != null) {
      return m;
    }
    for (String link : LINKS) {
      if (mod.endsWith(link) && mod.length() - link.length() >= LemmaModel.MIN_PART) {
        m = nounOrWord(mod.substring(0, mod.length() - link.length()), true);
        if (m != null) {
          return m;
        }
      }
    }
    return nounOrWord(mod, false);
  }

  private static final List<String> LINKS = List.of("s", "e", "-");

  /** Word classes besides nouns that may stand as a compound's modifier. */
  private static final java.util.Set<LexiconTag.WordClass> MODIFIER_CLASSES = java.util.EnumSet.of(LexiconTag.WordClass.ADJECTIVE,
      LexiconTag.WordClass.VERB, LexiconTag.WordClass.NUMERAL, LexiconTag.WordClass.ADVERB, LexiconTag.WordClass.PREPOSITION);

  private String nounOrWord(String w, boolean nounOnly) {
    String any = null;
    for (DutchLexicon.Entry e : lexicon.lookup(w)) {
      LexiconTag.WordClass c = e.tag().wordClass();
      if (c == LexiconTag.WordClass.NOUN) {
        return spelling.getOrDefault(e.lemma(), e.lemma());
      }
      if (any == null && !nounOnly && MODIFIER_CLASSES.contains(c)) {
        any = w;
      }
    }
    return any == null ? null : spelling.getOrDefault(any, any);
  }
}
