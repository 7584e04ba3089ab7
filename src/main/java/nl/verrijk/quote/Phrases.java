package nl.verrijk.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.verrijk.lang.DutchWords;
import nl.verrijk.lang.ReportingVerbs;
import nl.verrijk.model.Article;
import nl.verrijk.model.CharSpan;
import nl.verrijk.model.Mention;
import nl.verrijk.model.Token;
import nl.verrijk.model.TokenRange;
import nl.verrijk.model.Upos;

/**
 * The token grammar the quote rules share, over one article: token classes (cue verbs, pronouns,
 * nominals), noun phrases forward from a token and subjects before a cue, and where quote marks
 * stand. Uses the part-of-speech and entity layers when present. Not shared between articles.
 */
final class Phrases {

  final Article a;
  final String text;
  final List<Token> toks;
  final int[] sentenceOf;
  final MarkPairs marks;
  /** The person mentions, in text order (as the article keeps its mentions). */
  final List<Mention> persons;
  /** The entity of each mention, by identity: one look-up instead of a scan ({@link Article#entityOf}). */
  private final java.util.Map<Mention, nl.verrijk.model.Entity> entityOfMention = new java.util.IdentityHashMap<>();

  private final boolean[] startsMention;
  private final boolean[] endsPerson;
  private final boolean[] startsPerson;

  Phrases(Article a) {
    this.a = a;
    this.text = a.text();
    this.toks = a.tokens();
    this.sentenceOf = new int[toks.size()];
    a.sentences().forEach(s -> {
      for (int i = s.tokens().start(); i < s.tokens().end(); i++) {
        sentenceOf[i] = s.index();
      }
    });
    this.marks = new MarkPairs(QuoteMarks.pair(a, sentenceOf));
    this.persons = a.mentions().stream().filter(m -> m.label().equals("PER")).toList();
    for (nl.verrijk.model.Entity e : a.entities()) {
      for (int index : e.mentions()) {
        entityOfMention.putIfAbsent(a.mentions().get(index), e);
      }
    }
    this.startsMention = new boolean[toks.size()];
    this.endsPerson = new boolean[toks.size()];
    this.startsPerson = new boolean[toks.size()];
    for (Mention m : a.mentions()) {
      startsMention[m.tokens().start()] = true;
      if (m.label().equals("PER")) {
        endsPerson[m.tokens().end() - 1] = true;
        startsPerson[m.tokens().start()] = true;
      }
    }
  }

  /**
   * Whether, after the {@code en} at {@code j}, more role words lead to a person's name within six
   * words: {@code schrijver en oud-politicus voor D66 Jan Terlouw}.
   */
  private boolean rolesThenPerson(int j, int end) {
    for (int k = j + 1; k < end && k <= j + 6; k++) {
      if (startsPerson[k]) {
        return k > j + 1;
      }
      if (!(isNominal(k, false) || isLink(k) || isDeterminer(k)) || isComma(k)) {
        return false;
      }
    }
    return false;
  }

  private boolean noPersonIn(int from, int to) {
    for (int k = from; k < to; k++) {
      if (startsPerson[k]) {
        return false;
      }
    }
    return true;
  }

  /** Whether a person's name ends at token {@code i} and another name starts after one link word. */
  private boolean twoNames(int i) {
    return i >= 0 && i + 2 < toks.size() && endsPerson[i] && startsMention[i + 2];
  }

  // ---- token classes -------------------------------------------------------------------------

  String lower(int i) {
    return toks.get(i).text().toLowerCase(Locale.ROOT);
  }

  boolean is(int i, String s) {
    return i >= 0 && i < toks.size() && toks.get(i).text().equalsIgnoreCase(s);
  }

  boolean isComma(int i) {
    return is(i, ",");
  }

  Upos upos(int i) {
    return toks.get(i).upos();
  }

  /** The entity a mention of this article belongs to, if any. */
  java.util.Optional<nl.verrijk.model.Entity> entityOf(Mention m) {
    return java.util.Optional.ofNullable(entityOfMention.get(m));
  }

  boolean isMark(int i) {
    return QuoteMarks.markType(toks.get(i).text()) >= 0;
  }

  boolean isDeterminer(int i) {
    return DutchWords.determiners().contains(lower(i));
  }

  boolean isLink(int i) {
    return DutchWords.nameLinks().contains(lower(i));
  }

  boolean isCueVerb(int i, int sentenceEnd) {
    Token t = toks.get(i);
    if (t.upos() != null && t.upos() != Upos.VERB && t.upos() != Upos.AUX) {
      return false;
    }
    if (ReportingVerbs.verbLemma(t.text(), t.lemma()) != null) {
      return true;
    }
    Set<String> particles = ReportingVerbs.particles(t.text());
    for (int j = i + 1; j < sentenceEnd && !particles.isEmpty(); j++) {
      if (particles.contains(lower(j))) {
        return true;
      }
    }
    return false;
  }

  boolean isPronoun(int i) {
    return DutchWords.speakerPronouns().contains(lower(i));
  }

  boolean isCapitalized(int i) {
    return Character.isUpperCase(toks.get(i).text().codePointAt(0));
  }

  boolean isNominal(int i, boolean first) {
    Token t = toks.get(i);
    String l = lower(i);
    if (DutchWords.isTimeWord(t.text())) {
      return false; // "zei dinsdag dat": a time adverbial, whatever the tagger calls it
    }
    if (t.upos() == Upos.ADJ && i + 1 < toks.size() && DutchWords.isTimeWord(toks.get(i + 1).text())) {
      return false; // "kondigde vorige donderdag aan dat": the adjective of a time adverbial
    }
    if (t.upos() != null) {
      if (t.upos() == Upos.PROPN || t.upos() == Upos.NOUN || t.upos() == Upos.ADJ || t.upos() == Upos.NUM) {
        return true;
      }
      if (t.upos() == Upos.X || t.upos() == Upos.SYM) {
        return isCapitalized(i);
      }
      return false;
    }
    if (!Character.isLetterOrDigit(t.text().codePointAt(0))) {
      return false;
    }
    return isCapitalized(i) && !(first && ReportingVerbs.verbLemma(t.text(), null) != null)
        || DutchWords.roleWords().contains(l) || l.endsWith("-chef") || l.endsWith("woordvoerder")
        || l.endsWith("minister") || l.endsWith("voorzitter") || l.endsWith("ische")
        || l.endsWith("se") && l.length() > 5 && isCapitalized(i);
  }

  // ---- noun phrases --------------------------------------------------------------------------

  /** The end (exclusive) of the noun phrase starting at {@code i}, or {@code i} when there is none. */
  int npForward(int i, int end) {
    if (i >= end) {
      return i;
    }
    if (isPronoun(i)) {
      return i + 1;
    }
    int j = i;
    while (j < end && j < i + 2 && (isDeterminer(j) || upos(j) == Upos.DET && !lower(j).equals("dat"))) {
      j++; // de, een, de beide, al de
    }
    int lastNominal = -1;
    boolean head = false;
    while (j < end) {
      if (head && upos(j) == Upos.ADJ && !isCapitalized(j) && !beforeColon(j)) {
        break; // adjectives come before the noun: "volgens de officier erg selectief geciteerd", not "Burgemeester duidelijk:"
      }
      if (isNominal(j, j == i)) {
        lastNominal = j;
        head |= upos(j) == Upos.NOUN || upos(j) == Upos.PROPN;
        j++;
      } else if (!head && j + 1 < end && j > i && upos(j) != null
          && (upos(j) == Upos.VERB && (lower(j).endsWith("de") || lower(j).endsWith("te") || lower(j).endsWith("d"))
              || upos(j) == Upos.ADV)
          && Character.isLowerCase(toks.get(j).text().codePointAt(0)) && isNominal(j + 1, false)
          && isDeterminer(i)) {
        j++; // een verwonderde Vandenbroucke, een overigens serene Vandenbroucke
      } else if (lastNominal >= 0 && (is(j, "van") || is(j, "voor") && upos(lastNominal) != Upos.PROPN // not "HVH voor de camera's"
              || is(j, "bij") && is(i, "een")) // "een man bij het stembureau": where an unnamed speaker was
          && ofPhraseEnd(j + 1, end) > j + 1) {
        // minister van Energie, de directeur van het zogeheten Land Acquisition Committee
        j = ofPhraseEnd(j + 1, end);
        lastNominal = j - 1;
      } else if (lastNominal >= 0 && is(j, "en") && noPersonIn(i, j) && rolesThenPerson(j, end)) {
        j++; // schrijver en oud-politicus voor D66 Jan Terlouw
      } else if (lastNominal >= 0 && isLink(j) && j + 1 < end && !twoNames(j - 1)
          && (isNominal(j + 1, false) && isCapitalized(j + 1) || isLink(j + 1) && j + 2 < end
              && isNominal(j + 2, false) && isCapitalized(j + 2))) {
        j++;
      } else {
        break;
      }
    }
    return lastNominal < 0 ? i : lastNominal + 1;
  }

  /** Whether adjectives and adverbs from {@code k} run up to a colon, as a headline's speaker does. */
  private boolean beforeColon(int k) {
    int j = k;
    while (j < toks.size() && (upos(j) == Upos.ADJ || upos(j) == Upos.ADV)) {
      j++;
    }
    return j < toks.size() && is(j, ":");
  }

  /** The end of the noun phrase of a van/voor phrase starting at {@code k}, or {@code k}. */
  private int ofPhraseEnd(int k, int end) {
    int j = k;
    if (j < end && (isDeterminer(j) || upos(j) == Upos.DET)) {
      j++;
    }
    int last = -1;
    while (j < end && (isNominal(j, false) || upos(j) == Upos.VERB && last < 0
        && lower(j).endsWith("en") && j + 1 < end && isNominal(j + 1, false))) {
      if (upos(j) == Upos.NOUN || upos(j) == Upos.PROPN || upos(j) == null) {
        last = j;
      }
      j++;
    }
    return last < 0 ? k : last + 1;
  }

  /**
   * The subject of a cue verb as a token range: a noun phrase right before it (adverbs such as
   * "zelf" or "destijds" may stand between) that starts the clause, or the sentence's first noun
   * phrase followed by an apposition or relative clause between commas; null when there is none.
   */
  TokenRange subjectBefore(int cue, int start) {
    if (cue - 2 > start && is(cue - 1, ")")) {
      // "Demissionair minister Wouter Koolmees (D66) weerspreekt ...": the subject before the parenthesis
      for (int k = cue - 2; k > start && k >= cue - 8; k--) {
        if (is(k, "(")) {
          return subjectBefore(k, start);
        }
        if (is(k, ")")) {
          break;
        }
      }
    }
    int subj = subjectStart(start, cue);
    int np = npForward(subj, cue);
    if (np == cue && cue > subj) {
      return new TokenRange(subj, np);
    }
    if (np > subj && np + 2 <= cue && upos(np - 1) == Upos.NOUN && (is(np, "in") || is(np, "uit") || is(np, "bij"))
        && (is(np + 1, "de") || is(np + 1, "het") || upos(np + 1) == Upos.PROPN) && npForward(np + 1, cue) == cue) {
      return new TokenRange(subj, cue); // "Verschillende bewoners in de wijk zeiden …": a place in the subject
    }
    if (np > subj && isComma(np) && isComma(cue - 1) && cue - np <= 25) {
      // "Barry Windeat, een woordvoerder, zei ..." / "Westerwelle, die met Kohl regeerde, zei ..."
      int apposition = npForward(np + 1, cue - 1);
      boolean named = apposition == cue - 1 && !hasProperNoun(subj, np) && hasProperNoun(np + 1, apposition);
      return named ? new TokenRange(np + 1, apposition) : new TokenRange(subj, np);
    }
    int j = cue - 1;
    while (j > start && j > cue - 3 && upos(j) == Upos.ADV && !isPronoun(j)) {
      j--;
    }
    if (j < start) {
      return null;
    }
    if (is(j, "die") && j - 2 >= start && isComma(j - 1) && isNominal(j - 2, false)) {
      // "haar werkgever, die stelt dat ...": the antecedent before the comma speaks
      int b = j - 2;
      while (b > start && (isNominal(b - 1, false) || isDeterminer(b - 1)) && upos(b - 1) != Upos.AUX
          && upos(b - 1) != Upos.VERB) {
        b--;
      }
      return new TokenRange(b, j - 1);
    }
    if (is(j, "die") && j - 1 >= start && isNominal(j - 1, false)) {
      // "Er zijn mensen die vinden dat ...": the relative pronoun's antecedent speaks
      int b = j - 1;
      while (b > start && (isNominal(b - 1, false) || isDeterminer(b - 1)) && upos(b - 1) != Upos.AUX
          && upos(b - 1) != Upos.VERB) {
        b--;
      }
      return new TokenRange(b, j);
    }
    if (isPronoun(j)) {
      return boundaryBefore(j, start) ? new TokenRange(j, j + 1) : null;
    }
    int b = j;
    while (b > start && (isNominal(b - 1, false) || isDeterminer(b - 1)
        || isLink(b - 1) && b - 2 >= start && isNominal(b - 2, false)
        || upos(b - 1) == Upos.VERB && b - 2 >= start && isDeterminer(b - 2))) { // de gedelegeerd bestuurder
      b--;
    }
    if (!isNominal(j, false) || npForward(b, j + 1) != j + 1 || !boundaryBefore(b, start)) {
      Mention m = firstPerson(start, j + 1); // "Van Nieuwkerk zei": a name whose particle the walk does not take
      return m != null && m.tokens().end() == j + 1 && boundaryBefore(m.tokens().start(), start) ? m.tokens() : null;
    }
    return new TokenRange(b, j + 1);
  }

  /** Whether a clause can start at {@code k}: sentence start, comma, conjunction or quote mark before it. */
  private boolean boundaryBefore(int k, int start) {
    if (k == start) {
      return true;
    }
    Upos u = upos(k - 1);
    return isComma(k - 1) || u == Upos.SCONJ || u == Upos.CCONJ || isMark(k - 1) || is(k - 1, "(")
        || is(k - 1, ":") || lower(k - 1).startsWith("waar") && lower(k - 1).length() > 5; // "waarin hij stelt
  }

  /** Skips a leading conjunction or sentence adverb ("En", "Maar", "Toch") before a subject. */
  int subjectStart(int start, int limit) {
    int k = start;
    while (k < limit - 1 && k < start + 2 && upos(k) != null
        && (upos(k) == Upos.CCONJ || upos(k) == Upos.ADV) && !isPronoun(k)) {
      k++;
    }
    return k;
  }

  /**
   * Whether a noun phrase can be a source of statements: it holds a name, names a person or a
   * group by its role, or is a personal pronoun; {@code volgens de regels} has no speaker.
   */
  boolean canSpeak(int from, int to) {
    for (int k = from; k < to; k++) {
      String l = lower(k);
      if (upos(k) == Upos.PROPN || upos(k) == null && isCapitalized(k)
          || DutchWords.objectPronouns().contains(l) || DutchWords.roleWords().contains(l) || hasMention(k)) {
        return true;
      }
    }
    String head = upos(to - 1) == Upos.ADJ ? "" : lower(to - 1); // "het onjuist" is no -ist
    for (String suffix : DutchWords.speakerSuffixes()) {
      if (head.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasProperNoun(int from, int to) {
    for (int k = from; k < to; k++) {
      if (upos(k) == Upos.PROPN || hasMention(k)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasMention(int k) { // the mentions starting at or before k, nearest first: linear in the text overall
    for (int i = firstFrom(a.mentions(), m -> m.tokens().start(), k + 1) - 1, n = 0; i >= 0 && n < 8; i--, n++) {
      if (a.mentions().get(i).tokens().contains(k) && !a.mentions().get(i).label().equals("MISC")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a person mention lies wholly inside {@code [from, to)}. */
  boolean hasPerson(int from, int to) {
    return firstPerson(from, to) != null;
  }

  /**
   * The index of the first of {@code mentions} (in text order) whose {@code key} is at least
   * {@code value}: a binary search.
   */
  static int firstFrom(List<Mention> mentions, java.util.function.ToIntFunction<Mention> key, int value) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (key.applyAsInt(mentions.get(mid)) < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The first person mention lying wholly inside tokens {@code [from, to)}, or null (a binary search). */
  Mention firstPerson(int from, int to) {
    for (int i = firstFrom(persons, m -> m.tokens().start(), from); i < persons.size() && persons.get(i).tokens().start() < to; i++) {
      if (persons.get(i).tokens().end() <= to) {
        return persons.get(i);
      }
    }
    return null;
  }

  /** Whether no verb stands in {@code [from, to)} and it is at most 8 tokens long. */
  boolean noVerbBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      Upos u = upos(k);
      if (u == null ? ReportingVerbs.verbLemma(toks.get(k).text(), null) != null : u == Upos.VERB || u == Upos.AUX) {
        return false;
      }
    }
    return to - from <= 8;
  }

  /** The index of a {@code dat} within a few tokens from {@code i} with no verb or comma before it, or -1. */
  int datAfter(int i, int end) {
    for (int j = i; j < Math.min(end, i + 6); j++) {
      if (is(j, "dat")) {
        return j;
      }
      Token t = toks.get(j);
      if (isComma(j) || isMark(j) && !is(j + 1, "dat") || t.upos() != null
          && (t.upos() == Upos.VERB || t.upos() == Upos.AUX) && ReportingVerbs.particles(toks.get(i - 1).text()).isEmpty()) {
        return -1;
      }
    }
    return -1;
  }

  /** The end of a clause without final punctuation and closing marks. */
  int trimEnd(int start, int end) {
    while (end > start && !Character.isLetterOrDigit(toks.get(end - 1).text().codePointAt(0))) {
      end--;
    }
    return end;
  }

  /** Whether a short quoted span reads as a title or name: every word capitalised but links. */
  boolean isTitle(int from, int to) {
    if (to - from > 6) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (Character.isLetter(toks.get(i).text().codePointAt(0)) && !isCapitalized(i) && !isLink(i)) {
        return false;
      }
    }
    return true;
  }

  // ---- spans ---------------------------------------------------------------------------------

  int charBegin(int tok) {
    return toks.get(tok).begin();
  }

  int charEnd(int tokEnd) {
    return toks.get(tokEnd - 1).end();
  }

  /** A mention of tokens {@code [from, to)} with the given label. */
  Mention mention(String label, int from, int to) {
    return new Mention(label, new CharSpan(charBegin(from), charEnd(to)), new TokenRange(from, to), sentenceOf[from],
        text.substring(charBegin(from), charEnd(to)), 1.0);
  }
}
