package nl.verrijk.quote;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.verrijk.model.Article;
import nl.verrijk.model.CharSpan;
import nl.verrijk.model.Entity;
import nl.verrijk.model.Layer;
import nl.verrijk.model.Mention;
import nl.verrijk.model.Quote;
import nl.verrijk.model.Section;
import nl.verrijk.model.Sentence;
import nl.verrijk.model.Speaker;
import nl.verrijk.model.Token;
import nl.verrijk.model.TokenRange;
import nl.verrijk.pipeline.Annotator;

/**
 * Finds reported statements and who made them, as an ordered chain of small rules (sieves) in
 * the manner of CoreNLP's quote attribution; each quote records the rule that decided its speaker.
 * Quote marks of every kind are paired per line; cues are Dutch verbs of saying (also separable:
 * {@code liet ... weten}), {@code aldus} and {@code volgens}; speakers are noun phrases resolved to
 * the article's entities, pronouns to the previous speaker or person of the same section.
 * Immutable and thread-safe: all state lives in one call.
 */
public final class RuleBasedQuoteAttributor implements Annotator {

  private static final RuleBasedQuoteAttributor INSTANCE = new RuleBasedQuoteAttributor();

  private static final ImmutableSet<String> DETERMINERS = ImmutableSet.of("de", "het", "een", "die", "deze", "dit",
      "zijn", "haar", "hun");
  private static final ImmutableSet<String> LINKS = ImmutableSet.of("van", "voor", "der", "den", "de", "het", "en",
      "in", "uit", "bij", "op");
  private static final ImmutableSet<String> ROLE_WORDS = ImmutableSet.of("minister", "premier", "president",
      "woordvoerder", "woordvoerster", "bondskanselier", "kanselier", "burgemeester", "voorzitter", "directeur",
      "leider", "chef", "topman", "topvrouw", "staatssecretaris", "commissaris", "ambassadeur", "secretaris-generaal",
      "fractievoorzitter", "partijleider", "coach", "trainer", "bondscoach", "hoogleraar", "deskundige",
      "onderzoeker", "analist", "advocaat", "officier", "rechter", "politie", "leger", "regering", "kabinet",
      "ministerie", "bestuur", "bedrijf", "zegsman", "zegsvrouw", "agent", "generaal", "koning", "koningin",
      "prins", "paus", "senator", "gouverneur", "ceo", "topman", "econoom", "expert", "arts", "dokter",
      "specialist", "manager", "oppositieleider", "eigenaar", "bewoner", "buurman", "buurvrouw", "man", "vrouw",
      "moeder", "vader", "staatsmedia", "media", "krant", "organisatie", "bond", "vakbond", "partij", "raad",
      "rechtbank", "openbaar", "ministerie", "minister-president", "vicepremier", "vice-premier", "persbureau");
  private static final ImmutableSet<String> AUXILIARIES = ImmutableSet.of("had", "heeft", "hebben", "hadden",
      "is", "was", "zou", "zal", "wil", "wilde", "kon", "moest", "liet");
  private static final ImmutableSet<String> PARTICLES = ImmutableSet.of("vast", "toe", "aan", "vol", "uit", "mee",
      "op", "weten", "bekend", "eraan", "erop", "ook", "nog", "wel", "niet", "dan", "nu", "al", "immers", "echter");
  private static final ImmutableSet<String> OBJECT_PRONOUNS = ImmutableSet.of("hem", "haar", "hen", "hun", "mij",
      "me", "ons", "jou", "u", "zichzelf");
  private static final ImmutableSet<String> PERSON_SUFFIXES = ImmutableSet.of("er", "ers", "or", "ors", "ist",
      "isten", "ant", "anten", "ent", "enten", "aar", "aars", "ier", "iers", "ster", "sters", "man", "mannen",
      "vrouw", "vrouwen", "bronnen", "bron", "lid", "leden", "rapport", "studie", "krant", "politie", "regering",
      "kabinet", "ministerie", "partij", "bond", "organisatie", "instituut", "leger", "parket", "raad", "comité",
      "commissie", "minister", "premier", "president", "chef", "directie");

  private RuleBasedQuoteAttributor() {}

  /** Returns the shared instance. */
  public static RuleBasedQuoteAttributor instance() {
    return INSTANCE;
  }

  /** Returns {@code "quotes"}. */
  @Override
  public String name() {
    return "quotes";
  }

  /** Requires tokens and sentences; uses part of speech, entities and structure when present. */
  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES);
  }

  /** Produces QUOTES. */
  @Override
  public Set<Layer> produces() {
    return EnumSet.of(Layer.QUOTES);
  }

  /** Returns the article with its quotes. */
  @Override
  public Article annotate(Article article) {
    return article.toBuilder().quotes(new Run(article).quotes()).layer(Layer.QUOTES).build();
  }

  /** A quote being built: token ranges until resolution. */
  private static final class Draft {
    Quote.Kind kind;
    int contentBegin;
    int contentEnd;
    int cue = -1;
    int speakerStart = -1;
    int speakerEnd = -1;
    int sentence;
    int section;
    String rule;
    Draft inheritFrom;
    Speaker resolved;
  }

  /** One article's attribution; not shared. */
  private static final class Run {
    private final Article a;
    private final String text;
    private final List<Token> toks;
    private final int[] sentenceOf;
    private final List<int[]> markPairs = new ArrayList<>();
    private final List<Draft> drafts = new ArrayList<>();

    Run(Article a) {
      this.a = a;
      this.text = a.text();
      this.toks = a.tokens();
      this.sentenceOf = new int[toks.size()];
      for (Sentence s : a.sentences()) {
        for (int i = s.tokens().start(); i < s.tokens().end(); i++) {
          sentenceOf[i] = s.index();
        }
      }
      pairQuoteMarks();
    }

    List<Quote> quotes() {
      for (Sentence s : a.sentences()) {
        sentence(s);
      }
      drafts.sort(Comparator.comparingInt(d -> d.contentBegin));
      List<Quote> out = new ArrayList<>();
      for (Draft d : drafts) {
        resolve(d);
      }
      for (Draft d : drafts) {
        if (d.contentEnd <= d.contentBegin) {
          continue; // a quote has content; no sieve may turn odd input into an exception
        }
        Mention cue = d.cue < 0 ? null : mention("CUE", d.cue, d.cue + 1);
        out.add(new Quote(out.size(), d.kind, new CharSpan(d.contentBegin, d.contentEnd),
            text.substring(d.contentBegin, d.contentEnd), cue, d.resolved, d.sentence, d.rule));
      }
      return out;
    }

    // ---- quote marks -------------------------------------------------------------------------

    private static int markType(String t) {
      switch (t) {
        case "\"": return 0;                 // straight double: open or close by position
        case "\u201C": case "\u201E": case ",,": case "``": case "\u00AB": return 1;   // opening double
        case "\u201D": case "''": case "\u00BB": return 2;                          // closing double
        case "\u2018": return 3;             // opening single
        case "\u2019": return 4;             // closing single
        case "'": return 5;                  // straight single
        default: return -1;
      }
    }

    private boolean spaceBefore(int i) {
      return i == 0 || !toks.get(i - 1).whitespaceAfter().isEmpty();
    }

    private boolean spaceAfter(int i) {
      return i == toks.size() - 1 || !toks.get(i).whitespaceAfter().isEmpty();
    }

    private boolean lineBreakBefore(int i) {
      return i > 0 && (toks.get(i - 1).whitespaceAfter().indexOf('\n') >= 0
          || toks.get(i - 1).whitespaceAfter().indexOf('\r') >= 0);
    }

    /** Pairs quote marks per line with a stack; single quotes only pair with single ones. */
    private void pairQuoteMarks() {
      Deque<int[]> stack = new ArrayDeque<>(); // {token, double?1:0}
      for (int i = 0; i <= toks.size(); i++) {
        if (i == toks.size() || lineBreakBefore(i)) {
          closeAtSentenceEnd(stack);
          if (i == toks.size()) {
            break;
          }
        }
        int type = markType(toks.get(i).text());
        if (type < 0) {
          continue;
        }
        int dbl = type <= 2 ? 1 : 0;
        boolean open;
        if (type == 1 || type == 3) {
          open = !(type == 1 && toks.get(i).text().equals("\u201C") && !stack.isEmpty() && stack.peek()[1] == 1
              && !spaceBefore(i));
        } else if (type == 2 || type == 4) {
          open = false;
        } else {
          boolean top = !stack.isEmpty() && stack.peek()[1] == dbl;
          open = spaceBefore(i) && !spaceAfter(i) ? true : !spaceBefore(i) && spaceAfter(i) ? false : !top;
        }
        if (open && type == 0 && closesWithoutOpener(i)) {
          open = false;
        }
        if (!open && dbl == 1 && stack.isEmpty()) {
          // the quote began in an earlier sentence or paragraph: it runs from the start of this sentence
          int sentenceStart = a.sentences().get(sentenceOf[i]).tokens().start();
          if (i > sentenceStart + 1) {
            markPairs.add(new int[] {sentenceStart - 1, i, dbl});
          }
          continue;
        }
        if (open) {
          stack.push(new int[] {i, dbl});
        } else {
          if (dbl == 1 && stack.size() == 1 && stack.peek()[1] == 0) {
            stack.peek()[1] = 1; // 'opened single, closed double" as in old newspaper text
          }
          while (!stack.isEmpty() && stack.peek()[1] != dbl && dbl == 1) {
            stack.pop(); // an unclosed single inside a double
          }
          if (!stack.isEmpty() && stack.peek()[1] == dbl) {
            int[] o = stack.pop();
            if (i > o[0] + 1) {
              markPairs.add(new int[] {o[0], i, dbl});
            }
          }
        }
      }
      markPairs.sort(Comparator.comparingInt(p -> p[0]));
    }

    /** An opening mark never closed on its line quotes to the end of its sentence (continued elsewhere). */
    private void closeAtSentenceEnd(Deque<int[]> stack) {
      for (int[] o : stack) {
        if (o[1] == 1 || stack.size() == 1) {
          int end = a.sentences().get(sentenceOf[o[0]]).tokens().end();
          if (end > o[0] + 2) {
            markPairs.add(new int[] {o[0], end, o[1]});
          }
        }
      }
      stack.clear();
    }

    /** A straight quote followed by punctuation or the end of its line closes a quote opened earlier. */
    private boolean closesWithoutOpener(int i) {
      if (i + 1 >= toks.size() || lineBreakBefore(i + 1)) {
        return true;
      }
      String next = toks.get(i + 1).text();
      return next.equals(",") || next.equals(".") || next.equals(";") || next.equals(":") || next.equals("?")
          || next.equals("!");
    }

    private boolean insideOtherPair(int[] p) {
      for (int[] q : markPairs) {
        if (q != p && q[0] < p[0] && p[1] < q[1]) {
          return true;
        }
      }
      return false;
    }

    // ---- token classes -----------------------------------------------------------------------

    private String lower(int i) {
      return toks.get(i).text().toLowerCase(Locale.ROOT);
    }

    private boolean is(int i, String s) {
      return i >= 0 && i < toks.size() && toks.get(i).text().equalsIgnoreCase(s);
    }

    private boolean isComma(int i) {
      return is(i, ",");
    }

    private boolean isCueVerb(int i, int sentenceEnd) {
      Token t = toks.get(i);
      if (t.upos() != null && !t.upos().equals("VERB") && !t.upos().equals("AUX")) {
        return false;
      }
      if (Cues.verbLemma(t.text(), t.lemma()) != null) {
        return true;
      }
      Set<String> particles = Cues.particles(t.text());
      for (int j = i + 1; j < sentenceEnd && !particles.isEmpty(); j++) {
        if (particles.contains(lower(j))) {
          return true;
        }
      }
      return false;
    }

    private boolean isPronoun(int i) {
      return Cues.PRONOUNS.contains(lower(i));
    }

    private boolean isCapitalized(int i) {
      String s = toks.get(i).text();
      return Character.isUpperCase(s.codePointAt(0));
    }

    private boolean isNominal(int i, boolean first) {
      Token t = toks.get(i);
      String l = lower(i);
      if (Cues.isTimeWord(t.text())) {
        return false; // "zei dinsdag dat": a time adverbial, whatever the tagger calls it
      }
      if (t.upos() != null) {
        if (t.upos().equals("PROPN") || t.upos().equals("NOUN") || t.upos().equals("ADJ") || t.upos().equals("NUM")) {
          return true;
        }
        if (t.upos().equals("X") || t.upos().equals("SYM")) {
          return isCapitalized(i);
        }
        return false;
      }
      if (!Character.isLetterOrDigit(t.text().codePointAt(0))) {
        return false;
      }
      return isCapitalized(i) && !(first && Cues.verbLemma(t.text(), null) != null) || ROLE_WORDS.contains(l)
          || l.endsWith("-chef") || l.endsWith("woordvoerder") || l.endsWith("minister") || l.endsWith("voorzitter")
          || l.endsWith("ische") || l.endsWith("se") && l.length() > 5 && isCapitalized(i);
    }

    /** The end (exclusive) of the noun phrase starting at {@code i}, or {@code i} when there is none. */
    private int npForward(int i, int end) {
      if (i >= end) {
        return i;
      }
      if (isPronoun(i)) {
        return i + 1;
      }
      int j = i;
      while (j < end && j < i + 2 && (DETERMINERS.contains(lower(j)) || "DET".equals(toks.get(j).upos())
          && !lower(j).equals("dat"))) {
        j++; // de, een, de beide, al de
      }
      int lastNominal = -1;
      boolean head = false;
      while (j < end) {
        if (isNominal(j, j == i)) {
          lastNominal = j;
          head |= "NOUN".equals(toks.get(j).upos()) || "PROPN".equals(toks.get(j).upos());
          j++;
        } else if (!head && j + 1 < end && j > i && toks.get(j).upos() != null
            && (toks.get(j).upos().equals("VERB") && (lower(j).endsWith("de") || lower(j).endsWith("te"))
                || toks.get(j).upos().equals("ADV"))
            && Character.isLowerCase(toks.get(j).text().codePointAt(0)) && isNominal(j + 1, false)
            && DETERMINERS.contains(lower(i))) {
          j++; // een verwonderde Vandenbroucke, een overigens serene Vandenbroucke
        } else if (lastNominal >= 0 && (is(j, "van") || is(j, "voor")) && ofPhraseEnd(j + 1, end) > j + 1) {
          // minister van Energie, de directeur van het zogeheten Land Acquisition Committee
          j = ofPhraseEnd(j + 1, end);
          lastNominal = j - 1;
        } else if (lastNominal >= 0 && LINKS.contains(lower(j)) && j + 1 < end
            && (isNominal(j + 1, false) && isCapitalized(j + 1) || LINKS.contains(lower(j + 1)) && j + 2 < end
                && isNominal(j + 2, false) && isCapitalized(j + 2))) {
          j++;
        } else {
          break;
        }
      }
      return lastNominal < 0 ? i : lastNominal + 1;
    }

    /** A reporting clause: its cue, speaker tokens and reported content tokens (from = -1 for none). */
    private static final class Clause {
      int cue;
      int spStart;
      int spEnd;
      int from = -1;
      int to = -1;
      String rule;
      boolean back;

      Clause(int cue, int spStart, int spEnd, String rule) {
        this.cue = cue;
        this.spStart = spStart;
        this.spEnd = spEnd;
        this.rule = rule;
      }

      Clause content(int from, int to) {
        this.from = from;
        this.to = to;
        return this;
      }
    }

    /** The reporting clause whose cue is token {@code i}, or null. */
    private Clause match(int i, int start, int end) {
      String l = lower(i);
      if (l.equals("volgens")) {
        int np = npForward(i + 1, end);
        if (np <= i + 1 || !canSpeak(i + 1, np)) {
          return null;
        }
        Clause c = new Clause(i, i + 1, np, "volgens");
        if (trimEnd(np, end) - np >= 3) {
          int from = isComma(np) ? np + 1 : np;
          return c.content(from, trimEnd(from, end));
        }
        return i - start >= 3 ? c.content(start, isComma(i - 1) ? i - 1 : i) : c;
      }
      if (l.equals("aldus") && i > start) {
        int np = npForward(i + 1, end);
        return np > i + 1 ? new Clause(i, i + 1, np, "aldus").content(start, isComma(i - 1) ? i - 1 : i) : null;
      }
      if (!isCueVerb(i, end)) {
        return null;
      }
      int np0 = PARTICLES.contains(lower(Math.min(i + 1, end - 1))) ? i + 1 : npForward(i + 1, end);
      int dat = np0 > i + 1 ? datAfter(np0, end) : -1;
      if (dat >= 0 && !(i == start + 1 && is(start, "dat"))) {
        // "In zijn toespraak stelde Cortebeeck dat ...", "..., zegt het Kremlin dat ..."
        return new Clause(i, i + 1, np0, "cue-speaker-dat").content(dat + 1, trimEnd(dat + 1, end));
      }
      if (i > start && (isComma(i - 1) || is(i - 1, ":") || is(i - 1, "zo") && isComma(i - 2))) {
        // "..., zei Tusk."
        int np = npForward(i + 1, end);
        if (np > i + 1) {
          int contentEnd = is(i - 1, "zo") ? i - 2 : i - 1;
          return new Clause(i, i + 1, np, "content-cue-speaker").content(start, contentEnd);
        }
      }
      if (i == start + 1 && is(start, "dat")) {
        int np = npForward(i + 1, end);
        if (np > i + 1) {
          Clause c = new Clause(i, i + 1, np, "dat-zei-back");
          c.back = true;
          return c;
        }
        return null;
      }
      int[] subject = subjectBefore(i, start);
      if (subject == null) {
        return null;
      }
      // "Het Kremlin zegt dat ...", "Hij herhaalde ook dat ...", "... toen hij destijds verklaarde dat ..."
      Clause c = new Clause(i, subject[0], subject[1], "speaker-cue");
      for (int j = i + 1; j < Math.min(end, i + 14); j++) {
        if (is(j, "dat") || is(j, ":") || is(j, "of")) {
          c.rule = "speaker-cue-dat";
          return c.content(j + 1, trimEnd(j + 1, end));
        }
        if (markType(toks.get(j).text()) >= 0 || isComma(j) || j > i + 1 && isCueVerb(j, end)) {
          break;
        }
      }
      return c;
    }

    /**
     * The subject of a cue verb, [start, end) tokens: a noun phrase right before it (adverbs such as
     * "zelf" or "destijds" may stand between) that starts the clause, or the sentence's first noun
     * phrase followed by an apposition or relative clause between commas.
     */
    private int[] subjectBefore(int cue, int start) {
      int subj = subjectStart(start, cue);
      int np = npForward(subj, cue);
      if (np == cue && cue > subj) {
        return new int[] {subj, np};
      }
      if (np > subj && isComma(np) && isComma(cue - 1) && cue - np <= 25) {
        // "Barry Windeat, een woordvoerder, zei ..." / "Westerwelle, die met Kohl regeerde, zei ..."
        int apposition = npForward(np + 1, cue - 1);
        boolean named = apposition == cue - 1 && !hasProperNoun(subj, np) && hasProperNoun(np + 1, apposition);
        return named ? new int[] {np + 1, apposition} : new int[] {subj, np};
      }
      int j = cue - 1;
      while (j > start && j > cue - 3 && "ADV".equals(toks.get(j).upos()) && !isPronoun(j)) {
        j--;
      }
      if (j < start) {
        return null;
      }
      if (isPronoun(j)) {
        return boundaryBefore(j, start) ? new int[] {j, j + 1} : null;
      }
      int b = j;
      while (b > start && (isNominal(b - 1, false) || DETERMINERS.contains(lower(b - 1))
          || LINKS.contains(lower(b - 1)) && b - 2 >= start && isNominal(b - 2, false))) {
        b--;
      }
      if (!isNominal(j, false) || npForward(b, j + 1) != j + 1 || !boundaryBefore(b, start)) {
        return null;
      }
      return new int[] {b, j + 1};
    }

    private boolean hasProperNoun(int from, int to) {
      for (int k = from; k < to; k++) {
        if ("PROPN".equals(toks.get(k).upos()) || hasMention(k)) {
          return true;
        }
      }
      return false;
    }

    /** Whether a clause can start at {@code k}: sentence start, comma, conjunction or quote mark before it. */
    private boolean boundaryBefore(int k, int start) {
      if (k == start) {
        return true;
      }
      String u = toks.get(k - 1).upos();
      return isComma(k - 1) || "SCONJ".equals(u) || "CCONJ".equals(u) || markType(toks.get(k - 1).text()) >= 0
          || is(k - 1, "(") || is(k - 1, ":");
    }

    /** Skips a leading conjunction or sentence adverb ("En", "Maar", "Toch") before a subject. */
    private int subjectStart(int start, int limit) {
      int k = start;
      while (k < limit - 1 && k < start + 2 && toks.get(k).upos() != null
          && (toks.get(k).upos().equals("CCONJ") || toks.get(k).upos().equals("ADV")) && !isPronoun(k)) {
        k++;
      }
      return k;
    }

    /** The end of the noun phrase of a van/voor phrase starting at {@code k}, or {@code k}. */
    private int ofPhraseEnd(int k, int end) {
      int j = k;
      if (j < end && (DETERMINERS.contains(lower(j)) || "DET".equals(toks.get(j).upos()))) {
        j++;
      }
      int last = -1;
      while (j < end && (isNominal(j, false) || "VERB".equals(toks.get(j).upos()) && last < 0
          && lower(j).endsWith("en") && j + 1 < end && isNominal(j + 1, false))) {
        if ("NOUN".equals(toks.get(j).upos()) || "PROPN".equals(toks.get(j).upos()) || toks.get(j).upos() == null) {
          last = j;
        }
        j++;
      }
      return last < 0 ? k : last + 1;
    }

    private int contentStart(Sentence s) {
      int start = s.tokens().start();
      if (a.structure() != null) {
        for (Section sec : a.structure().sections()) {
          if (sec.dateline() != null && sec.dateline().span().begin() >= toks.get(start).begin()
              && sec.dateline().span().end() <= toks.get(s.tokens().end() - 1).end()) {
            while (start < s.tokens().end() && toks.get(start).end() <= sec.dateline().span().end()) {
              start++;
            }
          }
        }
      }
      return start;
    }

    private int sectionOf(int sentence) {
      return a.section(a.sentences().get(sentence)).map(Section::index).orElse(-1);
    }

    // ---- sieves --------------------------------------------------------------------------------

    private Draft draft(Quote.Kind kind, int beginChar, int endChar, int sentence, String rule) {
      Draft d = new Draft();
      d.kind = kind;
      d.contentBegin = beginChar;
      d.contentEnd = endChar;
      d.sentence = sentence;
      d.section = sectionOf(sentence);
      d.rule = rule;
      return d;
    }

    /** The end of the sentence without final punctuation and closing marks. */
    private int trimEnd(int start, int end) {
      while (end > start && !Character.isLetterOrDigit(toks.get(end - 1).text().codePointAt(0))) {
        end--;
      }
      return end;
    }

    private int charBegin(int tok) {
      return toks.get(tok).begin();
    }

    private int charEnd(int tok) {
      return toks.get(tok - 1).end();
    }

    private void sentence(Sentence s) {
      int start = contentStart(s);
      int end = s.tokens().end();
      if (start >= end) {
        return;
      }
      int si = s.index();
      // sieve 1: headline "Kremlin: aanvallers ... gebruikten westers wapentuig"
      if (a.structure() != null && a.structure().headline() != null
          && a.structure().headline().contains(s.span())) {
        for (int k = start + 1; k <= Math.min(start + 4, end - 2); k++) {
          int contentEnd = trimEnd(k + 1, end);
          if (is(k, ":") && npForward(start, k) == k && contentEnd > k + 1) {
            Draft d = draft(Quote.Kind.HEADLINE, charBegin(k + 1), charEnd(contentEnd), si, "headline-colon");
            d.cue = k;
            d.speakerStart = start;
            d.speakerEnd = k;
            drafts.add(d);
            return;
          }
        }
      }
      // reporting clauses: every cue with its speaker and, where there is one, its reported content
      List<Clause> clauses = new ArrayList<>();
      for (int i = start; i < end; i++) {
        Clause c = match(i, start, end);
        if (c != null) {
          clauses.add(c);
        }
      }
      for (int k = 0; k + 1 < clauses.size(); k++) {
        Clause c = clauses.get(k);
        Clause next = clauses.get(k + 1);
        int nextStart = Math.min(next.cue, next.spStart);
        if (c.from >= 0 && c.from < nextStart && nextStart <= c.to) {
          int cut = nextStart;
          while (cut > c.from && (isComma(cut - 1) || is(cut - 1, "maar") || is(cut - 1, "en")
              || "CCONJ".equals(toks.get(cut - 1).upos()))) {
            cut--;
          }
          c.to = cut;
        }
      }
      Clause first = clauses.isEmpty() ? null : clauses.get(0);
      int spStart = first == null ? -1 : first.spStart;
      int spEnd = first == null ? -1 : first.spEnd;
      int cue = first == null ? -1 : first.cue;
      int back = first != null && first.back ? first.cue : -1; // "Dat zei hij": speaker for the previous sentence
      if (back >= 0) {
        for (Draft d : drafts) {
          if (d.sentence == si - 1 && d.speakerStart < 0 && d.section == sectionOf(si)) {
            d.speakerStart = spStart;
            d.speakerEnd = spEnd;
            d.cue = cue;
            d.inheritFrom = null;
            d.rule = "dat-zei-back";
          }
        }
      }
      // quote-mark spans opening in this sentence
      List<int[]> marked = new ArrayList<>();
      for (int[] p : markPairs) {
        if (p[0] + 1 >= s.tokens().start() && p[0] < end && p[1] > s.tokens().start() && !insideOtherPair(p)) {
          marked.add(p);
        }
      }
      Draft previousInSentence = null;
      for (int[] p : marked) {
        int open = p[0];
        int close = p[1];
        int words = close - open - 1;
        boolean clause = (open == start || open + 1 == s.tokens().start() || is(open - 1, ":") || open > start && isComma(open - 1)
            && previousInSentence != null) && words >= 3 || close >= toks.size() || sentenceOf[close] != si;
        Draft d = draft(clause ? Quote.Kind.DIRECT : Quote.Kind.PARTIAL, charBegin(open + 1), charEnd(close), si, null);
        // "...", zei Tusk  /  "...," aldus een woordvoerder
        int after = close + 1;
        if (isComma(after)) {
          after++;
        } else if (close > 0 && isComma(close - 1)) {
          // comma inside the marks: "Wij zijn," zei hij
        }
        if (is(after, "zo")) {
          after++;
        }
        if (after < toks.size() && sentenceOf[Math.min(after, toks.size() - 1)] == si) {
          int cueAt = -1;
          int np = after + 1;
          int k = after + 1;
          while (k < end && k < after + 3 && "ADV".equals(toks.get(k).upos()) && !isPronoun(k)) {
            k++; // "zei dan weer Dr. John Sulston"
          }
          boolean verbSlot = "VERB".equals(toks.get(after).upos()) && (isComma(close + 1) || isComma(close - 1))
              && !is(after + 1, "dat");
          if (lower(after).equals("aldus") || isCueVerb(after, end) || verbSlot) {
            // "...", ondervond de Waal / sprak senaatsvoorzitter De Decker: any verb in this slot reports
            np = npForward(k, end);
            if (np > k) {
              cueAt = after;
              d.speakerStart = k;
            }
          } else if (AUXILIARIES.contains(lower(after))) {
            // "...", had hij 's morgens geschreven  /  "...", heeft de minister gezegd
            np = npForward(after + 1, end);
            for (int j = np; j < end && np > after + 1; j++) {
              if (isCueVerb(j, end)) {
                cueAt = j;
                break;
              }
            }
          }
          if (cueAt >= 0 && np > after + 1) {
            d.cue = cueAt;
            d.speakerStart = d.speakerStart > after ? d.speakerStart : after + 1;
            d.speakerEnd = np;
            d.rule = "quote-cue-speaker";
            d.kind = words >= 3 && (open == start || open + 1 == s.tokens().start() || is(open - 1, ":"))
                ? Quote.Kind.DIRECT : d.kind;
          }
        }
        if (d.rule == null && open >= 2 && is(open - 1, ":")) {
          // Tusk zei: "..."  /  zei Tusk: "..."
          int j = open - 2;
          int subject = subjectStart(start, j);
          int np = npForward(subject, open - 1);
          if (isCueVerb(j, end) && j > subject && npForward(subject, j) == j) {
            d.cue = j;
            d.speakerStart = subject;
            d.speakerEnd = j;
            d.rule = "speaker-cue-colon";
          } else if (np > subject && noVerbBetween(np, open - 1)) {
            // "Rudy De Brandt: ..." / "Van Roost na haar uitschakeling: ..."
            d.cue = open - 1;
            d.speakerStart = subject;
            d.speakerEnd = np;
            d.rule = "speaker-colon";
            d.kind = Quote.Kind.DIRECT;
          } else {
            for (int c = Math.max(start, open - 8); c < open - 1; c++) {
              if (c + 1 < open - 1 && isCueVerb(c, end) && npForward(c + 1, open - 1) == open - 1) {
                d.cue = c;
                d.speakerStart = c + 1;
                d.speakerEnd = open - 1;
                d.rule = "cue-speaker-colon";
              }
            }
          }
        }
        if (d.rule == null && previousInSentence != null && previousInSentence.rule != null
            && previousInSentence.rule.equals("quote-cue-speaker") && open == previousInSentence.speakerEnd + 1
            && isComma(open - 1)) {
          d.kind = Quote.Kind.DIRECT;
          d.cue = previousInSentence.cue;
          d.speakerStart = previousInSentence.speakerStart;
          d.speakerEnd = previousInSentence.speakerEnd;
          d.rule = "split-quote";
        }
        if (d.rule == null && cue >= 0 && back < 0) {
          d.cue = cue;
          d.speakerStart = spStart;
          d.speakerEnd = spEnd;
          d.rule = "sentence-speaker";
        }
        if (d.rule == null && d.kind == Quote.Kind.DIRECT) {
          d.rule = "continuation";
          d.inheritFrom = lastInSection(d.section);
        }
        if (d.rule == null) {
          // "Merz is "zeer dankbaar" dat ... Dat zei hij ...": the subject says it, when it is a person
          int np = npForward(start, open);
          if (np > start && (isPronoun(start) || hasPerson(start, np)) && backReferenceFollows(si)) {
            d.speakerStart = start;
            d.speakerEnd = np;
            d.rule = "partial-subject";
          }
        }
        if ("quote-cue-speaker".equals(d.rule) && (open == start || open + 1 == s.tokens().start())) {
          d.kind = Quote.Kind.DIRECT; // "Pas op", zegt Dubié.
        }
        if (d.rule == null || d.kind == Quote.Kind.PARTIAL && isTitle(open + 1, close)
            && !"quote-cue-speaker".equals(d.rule)) {
          continue; // scare quotes, titles and names in quote marks are not statements
        }
        drafts.add(d);
        previousInSentence = d;
      }
      // indirect content outside quote marks
      for (Clause c : clauses) {
        if (c.from < 0) {
          continue;
        }
        int from = c.from;
        for (int k = c.from; k <= c.to; k++) {
          int skip = k >= c.to ? 0
              : isComma(k) && k + 2 < c.to && (is(k + 1, "maar") || is(k + 1, "en")) && is(k + 2, "dat") ? 3
              : (isComma(k) || is(k, "en")) && k + 1 < c.to && is(k + 1, "dat") && "SCONJ".equals(toks.get(k + 1).upos())
                  ? 2 : 0;
          if (k == c.to || skip > 0) {
            if (k - from >= 3 && (!quotedWhole(from, k) || insideMarks(c.cue))) {
              Draft d = draft(Quote.Kind.INDIRECT, charBegin(from), charEnd(k), si, c.rule);
              d.cue = c.cue;
              d.speakerStart = c.spStart;
              d.speakerEnd = c.spEnd;
              drafts.add(d);
            }
            if (k == c.to) {
              break;
            }
            from = k + skip;
            k = from - 1;
          }
        }
      }
    }

    /**
     * Whether a noun phrase can be a source of statements: it holds a name, names a person or a
     * group by its role, or is a personal pronoun; {@code volgens de regels} has no speaker.
     */
    private boolean canSpeak(int from, int to) {
      for (int k = from; k < to; k++) {
        String l = lower(k);
        if ("PROPN".equals(toks.get(k).upos()) || toks.get(k).upos() == null && isCapitalized(k)
            || OBJECT_PRONOUNS.contains(l) || ROLE_WORDS.contains(l) || hasMention(k)) {
          return true;
        }
      }
      String head = lower(to - 1);
      for (String suffix : PERSON_SUFFIXES) {
        if (head.endsWith(suffix)) {
          return true;
        }
      }
      return false;
    }

    private boolean hasMention(int k) {
      for (Mention m : a.mentions()) {
        if (m.tokens().contains(k) && !m.label().equals("MISC")) {
          return true;
        }
      }
      return false;
    }

    private boolean noVerbBetween(int from, int to) {
      for (int k = from; k < to; k++) {
        String u = toks.get(k).upos();
        if (u == null ? Cues.verbLemma(toks.get(k).text(), null) != null : u.equals("VERB") || u.equals("AUX")) {
          return false;
        }
      }
      return to - from <= 8;
    }

    /** The index of a {@code dat} within a few tokens from {@code i} with no verb or comma before it, or -1. */
    private int datAfter(int i, int end) {
      for (int j = i; j < Math.min(end, i + 6); j++) {
        if (is(j, "dat")) {
          return j;
        }
        Token t = toks.get(j);
        if (isComma(j) || markType(t.text()) >= 0 && !is(j + 1, "dat") || t.upos() != null
            && (t.upos().equals("VERB") || t.upos().equals("AUX")) && Cues.particles(toks.get(i - 1).text()).isEmpty()) {
          return -1;
        }
      }
      return -1;
    }

    /** Whether token {@code k} lies between a pair of quote marks (a report inside a quote). */
    private boolean insideMarks(int k) {
      for (int[] p : markPairs) {
        if (p[0] < k && k < p[1]) {
          return true;
        }
      }
      return false;
    }

    private boolean quotedWhole(int from, int to) {
      for (int[] p : markPairs) {
        if (p[0] <= from && to <= p[1] + 1 || p[0] == from - 1 || p[0] == from && p[1] >= to - 1) {
          return true;
        }
      }
      return false;
    }

    private boolean isTitle(int from, int to) {
      if (to - from > 6) {
        return false;
      }
      for (int i = from; i < to; i++) {
        if (Character.isLetter(toks.get(i).text().codePointAt(0)) && !isCapitalized(i)
            && !LINKS.contains(lower(i))) {
          return false;
        }
      }
      return true;
    }

    /** Whether the next sentence opens with "Dat zei hij": the writer attributes this one. */
    private boolean backReferenceFollows(int si) {
      if (si + 1 >= a.sentences().size()) {
        return false;
      }
      TokenRange next = a.sentences().get(si + 1).tokens();
      return next.size() > 2 && is(next.start(), "dat") && isCueVerb(next.start() + 1, next.end());
    }

    private boolean hasPerson(int from, int to) {
      for (Mention m : a.mentions()) {
        if (m.label().equals("PER") && m.tokens().start() >= from && m.tokens().end() <= to) {
          return true;
        }
      }
      return false;
    }

    private Draft lastInSection(int section) {
      Draft last = null;
      for (Draft d : drafts) {
        if (d.section == section && d.kind != Quote.Kind.HEADLINE) {
          last = d;
        }
      }
      return last;
    }

    // ---- resolution ----------------------------------------------------------------------------

    private Mention mention(String label, int from, int to) {
      return new Mention(label, new CharSpan(charBegin(from), charEnd(to)), new TokenRange(from, to), sentenceOf[from],
          text.substring(charBegin(from), charEnd(to)), 1.0);
    }

    private void resolve(Draft d) {
      if (d.resolved != null) {
        return;
      }
      if (d.speakerStart < 0 || d.speakerEnd <= d.speakerStart) {
        d.speakerStart = -1;
        Draft from = d.inheritFrom;
        if (from != null && from != d) {
          resolve(from);
          d.resolved = new Speaker(null, Speaker.Type.NONE, from.resolved.name(), from.resolved.entity(),
              from.resolved.role());
        } else {
          d.resolved = new Speaker(null, Speaker.Type.NONE, null, -1, null);
        }
        return;
      }
      Mention written = mention("SPEAKER", d.speakerStart, d.speakerEnd);
      if (d.speakerEnd - d.speakerStart == 1 && isPronoun(d.speakerStart)) {
        Speaker antecedent = antecedent(d);
        d.resolved = new Speaker(written, Speaker.Type.PRONOUN, antecedent == null ? written.text() : antecedent.name(),
            antecedent == null ? -1 : antecedent.entity(), antecedent == null ? null : antecedent.role());
        return;
      }
      Mention name = null;
      for (String type : new String[] {"PER", "ORG", "LOC", "MISC"}) {
        for (Mention m : a.mentions()) {
          // a MISC name only when it is the head: "Het Russische leger" is no Russian
          if (name == null && m.label().equals(type) && m.tokens().start() >= d.speakerStart
              && m.tokens().end() <= d.speakerEnd && (!type.equals("MISC") || m.tokens().end() == d.speakerEnd)) {
            name = m;
          }
        }
      }
      if (name != null) {
        Entity e = a.entityOf(name).orElse(null);
        int roleStart = d.speakerStart;
        if (DETERMINERS.contains(lower(roleStart))) {
          roleStart++;
        }
        String role = roleStart < name.tokens().start()
            ? text.substring(charBegin(roleStart), charEnd(name.tokens().start())) : null;
        d.resolved = new Speaker(written, Speaker.Type.NAME, e == null ? name.text() : e.name(),
            e == null ? -1 : e.index(), role);
      } else {
        d.resolved = new Speaker(written, Speaker.Type.DESCRIPTION, written.text(), -1, null);
      }
    }

    /** The previous non-pronoun speaker of the same section, else the last person mentioned there. */
    private Speaker antecedent(Draft d) {
      Speaker best = null;
      for (Draft o : drafts) {
        if (o == d || o.contentBegin >= d.contentBegin && o.sentence >= d.sentence) {
          break;
        }
        if (o.section == d.section && o.kind != Quote.Kind.HEADLINE && o.speakerStart >= 0
            && !(o.speakerEnd - o.speakerStart == 1 && isPronoun(o.speakerStart))) {
          resolve(o);
          best = o.resolved;
        } else if (o.section == d.section && o.resolved != null && o.resolved.name() != null) {
          best = o.resolved;
        }
      }
      if (best != null) {
        return best;
      }
      int limit = toks.get(d.speakerStart).begin();
      Mention person = null;
      for (Mention m : a.mentions()) {
        if (m.label().equals("PER") && m.span().begin() < limit && sectionOf(m.sentence()) == d.section) {
          person = m;
        }
      }
      if (person == null) {
        return null;
      }
      Entity e = a.entityOf(person).orElse(null);
      return new Speaker(person, Speaker.Type.NAME, e == null ? person.text() : e.name(), e == null ? -1 : e.index(),
          null);
    }
  }

  /** Reads as {@code RuleBasedQuoteAttributor}. */
  @Override
  public String toString() {
    return "RuleBasedQuoteAttributor";
  }
}
