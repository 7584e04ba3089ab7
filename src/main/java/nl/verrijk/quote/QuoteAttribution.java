package nl.verrijk.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.verrijk.model.Article;
import nl.verrijk.model.CharSpan;
import nl.verrijk.model.Mention;
import nl.verrijk.model.Quote;
import nl.verrijk.model.Section;
import nl.verrijk.model.Sentence;
import nl.verrijk.model.TokenRange;
import nl.verrijk.model.Upos;

/**
 * One article's attribution, sentence by sentence: the headline convention, the reporting
 * clauses ({@link ClauseRules}), a {@code Dat zei X} back reference, the quotes in marks with
 * their sieves ({@link QuoteSieves}) and indirect speech; then the {@link SpeakerResolver}. Not shared.
 */
final class QuoteAttribution {

  private final Phrases p;
  /** The story (the article 0, related item k) of each sentence: the speaker resolver stays inside one. */
  private final int[] storyOfSentence;
  private final boolean[] furniture;
  private final boolean readFurniture;
  private final List<QuoteDraft> drafts = new ArrayList<>();

  QuoteAttribution(Article a, boolean readFurniture) {
    this.p = new Phrases(a);
    this.readFurniture = readFurniture;
    this.storyOfSentence = new int[a.sentences().size()];
    this.furniture = new boolean[a.sentences().size()];
    List<Section> sections = a.structure() == null ? List.of() : a.structure().sections();
    int k = 0;
    int story = 0;
    for (Sentence s : a.sentences()) {
      int at = s.span().begin();
      while (k < sections.size() && sections.get(k).span().begin() <= at) {
        story += sections.get(k).kind() == Section.Kind.RELATED_ITEM ? 1 : 0;
        k++;
      }
      Section in = k > 0 && sections.get(k - 1).contains(at) ? sections.get(k - 1) : null;
      storyOfSentence[s.index()] = story;
      furniture[s.index()] = !readFurniture && in != null && in.kind() == Section.Kind.FURNITURE
          && in.span().end() >= s.span().end();
    }
  }

  /** The article's quotes, in text order. */
  List<Quote> quotes() {
    for (Sentence s : p.a.sentences()) {
      if (!furniture[s.index()]) {
        sentence(s);
      }
    }
    drafts.sort(Comparator.comparingInt(d -> d.contentBegin));
    for (int i = 0; i < drafts.size(); i++) {
      if (drafts.get(i).inheritsForward) {
        drafts.get(i).inheritFrom = nextNamedSpeaker(i);
      }
    }
    SpeakerResolver resolver = new SpeakerResolver(p, drafts, storyOfSentence);
    drafts.forEach(resolver::resolve);
    List<Quote> out = new ArrayList<>();
    for (QuoteDraft d : drafts) {
      if (d.contentEnd <= d.contentBegin) {
        continue; // a quote has content; no sieve may turn odd input into an exception
      }
      Mention cue = d.cue < 0 ? null : p.mention("CUE", d.cue, d.cue + 1);
      out.add(new Quote(out.size(), d.kind, new CharSpan(d.contentBegin, d.contentEnd),
          p.text.substring(d.contentBegin, d.contentEnd), cue, d.resolved, d.sentence, d.rule));
    }
    return out;
  }

  private QuoteDraft draft(Quote.Kind kind, int fromToken, int toToken, int sentence, String rule) {
    return new QuoteDraft(kind, p.charBegin(fromToken), p.charEnd(toToken), sentence, storyOfSentence[sentence], rule);
  }

  /** The first token of a sentence after the furniture and the dateline it opens with, if any. */
  private int contentStart(Sentence s) {
    int start = s.tokens().start();
    Section sec = p.a.section(s).orElse(null);
    if (!readFurniture && sec != null && sec.kind() == Section.Kind.FURNITURE) {
      while (start < s.tokens().end() && p.toks.get(start).begin() < sec.span().end()) {
        start++;
      }
      if (start >= s.tokens().end()) {
        return start;
      }
      sec = p.a.structure().sectionAt(p.toks.get(start).begin()).orElse(null);
    }
    if (sec != null && sec.dateline() != null && sec.dateline().span().begin() >= p.toks.get(start).begin()
        && sec.dateline().span().end() <= p.toks.get(s.tokens().end() - 1).end()) {
      while (start < s.tokens().end() && p.toks.get(start).end() <= sec.dateline().span().end()) {
        start++;
      }
    }
    return start;
  }

  private void sentence(Sentence s) {
    int start = contentStart(s);
    int end = s.tokens().end();
    if (start >= end || headlineColon(s, start, end)) {
      return;
    }
    interviewAnswer(s, start, end);
    List<ReportingClause> clauses = new ArrayList<>();
    for (int i = start; i < end; i++) {
      ReportingClause c = ClauseRules.find(p, i, start, end);
      if (c != null) {
        clauses.add(c);
      }
    }
    cutAtNextClause(clauses);
    SentenceClauses sc = new SentenceClauses(s.index(), s.tokens().start(), start, end, clauses);
    if (!clauses.isEmpty() && clauses.get(0).back) {
      backReference(sc, clauses.get(0));
    }
    quotesInMarks(sc);
    IndirectSpeech.add(p, sc, this);
  }

  /**
   * An interview answer: a paragraph that opens with a person's name and a colon and goes on
   * without quote marks ({@code De Gucht: Ecolo zit nog veel meer in het stadium van de beweging
   * …}) is what that person says, to the paragraph's end.
   */
  private void interviewAnswer(Sentence s, int start, int end) {
    if (start > 0 && !nl.verrijk.text.Chars.hasLineBreak(p.toks.get(start - 1).whitespaceAfter())) {
      return;
    }
    int colon = start + 1;
    while (colon < Math.min(end, start + 5) && !p.is(colon, ":")) {
      colon++;
    }
    nl.verrijk.model.Mention person = colon < end - 3 && p.is(colon, ":") ? p.firstPerson(start, colon) : null;
    if (person == null || person.tokens().start() != start || person.tokens().end() != colon || p.isMark(colon + 1)) {
      return;
    }
    int last = colon + 1;
    while (last + 1 < p.toks.size() && !nl.verrijk.text.Chars.hasLineBreak(p.toks.get(last).whitespaceAfter())) {
      last++;
    }
    for (int k = colon + 1; k <= last; k++) {
      if (p.isMark(k)) {
        return; // quoted speech in the paragraph: the mark sieves read it
      }
    }
    QuoteDraft d = draft(Quote.Kind.DIRECT, colon + 1, last + 1, s.index(), null);
    d.attribute(colon, start, colon, "interview-answer");
    drafts.add(d);
  }

  /** The headline convention {@code Kremlin: aanvallers gebruikten westers wapentuig}; true when found. */
  private boolean headlineColon(Sentence s, int start, int end) {
    if (!inHeadline(s.index())) {
      return false;
    }
    for (int k = start + 1; k <= Math.min(start + 4, end - 2); k++) {
      int contentEnd = p.trimEnd(k + 1, end);
      if (p.is(k, ":") && p.npForward(start, k) == k && contentEnd > k + 1) {
        QuoteDraft d = draft(Quote.Kind.HEADLINE, k + 1, contentEnd, s.index(), null);
        d.attribute(k, start, k, "headline-colon");
        drafts.add(d);
        return true;
      }
    }
    return false;
  }

  /**
   * A clause's content ends where the next clause of the sentence begins ({@code X besluit dat …,
   * maar ze vindt dat …}); a {@code volgens hem} inside an earlier clause's content refers back to
   * that clause's speaker and starts none.
   */
  private void cutAtNextClause(List<ReportingClause> clauses) {
    clauses.removeIf(n -> n.rule instanceof ClauseRules.Volgens && n.speakerEnd - n.speakerStart == 1
        && clauses.stream().anyMatch(c -> c != n && c.hasContent() && c.from <= n.cue && n.cue < c.to));
    for (ReportingClause c : clauses) {
      if (c.beforeFrom >= 0 && clauses.stream().anyMatch(n -> n != c && n.cue < c.cue)) {
        c.before(-1, -1); // the words before a mid-clause volgens belong to an earlier clause
      }
    }
    for (int k = 0; k + 1 < clauses.size(); k++) {
      ReportingClause c = clauses.get(k);
      ReportingClause next = clauses.get(k + 1);
      int nextStart = Math.min(next.cue, next.speakerStart);
      if (c.hasContent() && c.from < nextStart && nextStart <= c.to) {
        int cut = nextStart;
        while (cut > c.from && (p.isComma(cut - 1) || p.is(cut - 1, "maar") || p.is(cut - 1, "en")
            || p.upos(cut - 1) == Upos.CCONJ)) {
          cut--;
        }
        c.to = cut;
      }
    }
  }

  /**
   * {@code Dat zei hij}: the previous sentence's quotes without a speaker of their own get this one;
   * a previous sentence of the same section without any quote is itself the reported content.
   */
  private void backReference(SentenceClauses s, ReportingClause c) {
    int prev = s.index() - 1;
    if (prev < 0 || storyOfSentence[prev] != storyOfSentence[s.index()]) {
      return;
    }
    boolean any = false;
    for (QuoteDraft d : drafts) {
      if (d.sentence == prev) {
        any = true;
        if (!d.hasSpeaker()) {
          d.attribute(c.cue, c.speakerStart, c.speakerEnd, c.ruleName);
          d.inheritFrom = null;
        }
      }
    }
    Sentence previous = p.a.sentences().get(prev);
    int from = contentStart(previous);
    int to = p.trimEnd(from, previous.tokens().end());
    if (!any && to - from >= 3 && !inHeadline(prev)) {
      QuoteDraft d = draft(Quote.Kind.INDIRECT, from, to, prev, c.ruleName);
      d.attribute(c.cue, c.speakerStart, c.speakerEnd, c.ruleName);
      drafts.add(d);
    }
  }

  /** The quote-mark spans that open in this sentence, each through the sieve chain. */
  private void quotesInMarks(SentenceClauses s) {
    QuoteDraft previous = null;
    for (MarkPair pair : p.marks.openingIn(s.begin() - 1, s.end())) {
      boolean runsOn = pair.open() < 0 || !p.isMark(pair.open()); // opened in an earlier sentence: read where it resumes
      if (pair.open() + 1 < s.begin() || pair.open() >= s.end() || pair.close() <= s.begin() || p.marks.enclosed(pair)
          || runsOn && pair.open() + 1 != s.begin()) {
        continue;
      }
      int open = pair.open();
      int close = pair.close();
      boolean clause = (MarkedQuote.opensSentence(p, s, open) || p.is(open - 1, ":")
          || open > s.start() && p.isComma(open - 1) && previous != null) && close - open - 1 >= 3
          || close >= p.toks.size() || p.sentenceOf[close] != s.index();
      QuoteDraft d = draft(clause ? Quote.Kind.DIRECT : Quote.Kind.PARTIAL, open + 1, close, s.index(), null);
      MarkedQuote m = new MarkedQuote(p, s, open, close, previous, this);
      for (QuoteSieve sieve : QuoteSieves.ORDER) {
        if (!d.decided()) {
          sieve.attribute(d, m);
        }
      }
      boolean title = d.kind == Quote.Kind.PARTIAL && p.isTitle(open + 1, close)
          && !(d.sieve != null && d.sieve.overridesTitles());
      if (d.decided() && !title) {
        drafts.add(d); // scare quotes, titles and names in quote marks are not statements
        previous = d;
      }
    }
  }

  /** The first quote after draft {@code i} with a speaker mention that is not a pronoun, or null. */
  private QuoteDraft nextNamedSpeaker(int i) {
    for (int j = i + 1; j < drafts.size(); j++) {
      QuoteDraft o = drafts.get(j);
      if (o.hasSpeaker() && o.speakerEnd > o.speakerStart
          && !(o.speakerEnd - o.speakerStart == 1 && p.isPronoun(o.speakerStart))) {
        return o;
      }
    }
    return null;
  }

  /** Whether a sentence starts in the headline (initials or a date glued after it are furniture). */
  boolean inHeadline(int sentence) {
    if (p.a.structure() == null || p.a.structure().headline() == null) {
      return false;
    }
    CharSpan h = p.a.structure().headline();
    int begin = p.a.sentences().get(sentence).span().begin();
    return h.begin() <= begin && begin < h.end();
  }

  /** Whether a quote was found in a sentence so far. */
  boolean hasQuoteIn(int sentence) {
    for (int i = drafts.size() - 1; i >= 0 && drafts.get(i).sentence >= sentence; i--) {
      if (drafts.get(i).sentence == sentence) {
        return true;
      }
    }
    return false;
  }

  /** The section index of a sentence, or -1. */
  int section(int sentence) {
    return storyOfSentence[sentence];
  }

  /** Adds a quote found outside the mark sieves. */
  void add(QuoteDraft d) {
    drafts.add(d);
  }

  /** A draft of tokens {@code [from, to)} of a sentence. */
  QuoteDraft draft(Quote.Kind kind, TokenRange content, int sentence, String rule) {
    return draft(kind, content.start(), content.end(), sentence, rule);
  }

  /** The last quote so far in a section, headlines aside, or null. */
  QuoteDraft lastInSection(int section) {
    for (int i = drafts.size() - 1; i >= 0; i--) {
      QuoteDraft d = drafts.get(i);
      if (d.section == section && d.kind != Quote.Kind.HEADLINE) {
        return d;
      }
    }
    return null;
  }

  /** Whether the next sentence opens with {@code Dat zei hij}: the writer attributes this one. */
  boolean backReferenceFollows(int si) {
    if (si + 1 >= p.a.sentences().size()) {
      return false;
    }
    TokenRange next = p.a.sentences().get(si + 1).tokens();
    return next.size() > 2 && p.is(next.start(), "dat") && p.isCueVerb(next.start() + 1, next.end());
  }
}
