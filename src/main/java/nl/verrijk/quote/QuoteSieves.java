package nl.verrijk.quote;

import com.google.common.collect.ImmutableList;
import nl.verrijk.lang.DutchWords;
import nl.verrijk.model.Quote;
import nl.verrijk.model.Upos;

/** The sieves that give a quote in quote marks its speaker, tried in {@link #ORDER}. */
final class QuoteSieves {

  private QuoteSieves() {}

  /**
   * The cue right after the closing mark: {@code "…", zei Tusk}, {@code "…," aldus een woordvoerder},
   * any verb in that slot ({@code "…", ondervond De Waal}), or an auxiliary with the reporting
   * participle later ({@code "…", heeft de minister gezegd}).
   */
  static final class CueAfterQuote extends QuoteSieve {
    CueAfterQuote() {
      super("quote-cue-speaker");
    }

    @Override
    boolean overridesTitles() {
      return true;
    }

    @Override
    void attribute(QuoteDraft d, MarkedQuote m) {
      Phrases p = m.p();
      int close = m.close();
      if (close >= p.toks.size() || !p.isMark(close)) {
        return; // quoted to the end of its sentence, closed elsewhere
      }
      // the cue follows the closing mark, in the sentence where the quote closes: "A. B. C", zei X.
      int closing = p.sentenceOf[close];
      int end = p.a.sentences().get(closing).tokens().end();
      int after = close + 1;
      if (p.isComma(after)) {
        after++;
      }
      if (p.is(after, "zo")) {
        after++;
      }
      if (after >= p.toks.size() || p.sentenceOf[after] != closing) {
        return;
      }
      int cue = -1;
      int speaker = after + 1;
      int np = after + 1;
      int k = after + 1;
      while (k < end && k < after + 3 && p.upos(k) == Upos.ADV && !p.isPronoun(k)) {
        k++; // "zei dan weer Dr. John Sulston"
      }
      boolean verbSlot = p.upos(after) == Upos.VERB && (p.isComma(close + 1) || p.isComma(close - 1))
          && !p.is(after + 1, "dat");
      if (p.lower(after).equals("aldus") || p.isCueVerb(after, end) || verbSlot) {
        np = p.npForward(k, end);
        if (np > k) {
          cue = after;
          speaker = k;
        }
      } else if (DutchWords.auxiliaries().contains(p.lower(after))) {
        np = p.npForward(after + 1, end);
        for (int j = np; j < end && np > after + 1; j++) {
          if (p.isCueVerb(j, end)) {
            cue = j;
            break;
          }
        }
      }
      if (cue >= 0 && np > after + 1) {
        d.attribute(cue, speaker, np, name());
        d.sieve = this;
        if (m.opensSentence() || m.words() >= 3 && p.is(m.open() - 1, ":")) {
          d.kind = Quote.Kind.DIRECT; // "Pas op", zegt Dubié.
        }
      }
    }
  }

  /** Checks the colon before the opening mark that the three colon sieves need. */
  private static boolean colonBefore(MarkedQuote m) {
    return m.open() >= 2 && m.p().is(m.open() - 1, ":");
  }

  /** {@code Tusk zei: "…"}: a subject and a cue before the colon. */
  static final class SpeakerCueColon extends QuoteSieve {
    SpeakerCueColon() {
      super("speaker-cue-colon");
    }

    @Override
    void attribute(QuoteDraft d, MarkedQuote m) {
      Phrases p = m.p();
      int j = m.open() - 2;
      if (!colonBefore(m)) {
        return;
      }
      int subject = p.subjectStart(m.s().start(), j);
      if (p.isCueVerb(j, m.s().end()) && j > subject && p.npForward(subject, j) == j) {
        d.attribute(j, subject, j, name());
      }
    }
  }

  /** {@code Rudy De Brandt: "…"}, {@code Van Roost na haar uitschakeling: "…"}: a verbless phrase before the colon. */
  static final class SpeakerColon extends QuoteSieve {
    SpeakerColon() {
      super("speaker-colon");
    }

    @Override
    void attribute(QuoteDraft d, MarkedQuote m) {
      Phrases p = m.p();
      if (!colonBefore(m)) {
        return;
      }
      int colon = m.open() - 1;
      int subject = p.subjectStart(m.s().start(), colon - 1);
      int np = p.npForward(subject, colon);
      if (np > subject && p.noVerbBetween(np, colon)) {
        d.attribute(colon, subject, np, name());
        d.kind = Quote.Kind.DIRECT;
      }
    }
  }

  /** {@code zei Tusk: "…"}: a cue and its speaker right before the colon (the last such cue). */
  static final class CueSpeakerColon extends QuoteSieve {
    CueSpeakerColon() {
      super("cue-speaker-colon");
    }

    @Override
    void attribute(QuoteDraft d, MarkedQuote m) {
      Phrases p = m.p();
      if (!colonBefore(m)) {
        return;
      }
      int colon = m.open() - 1;
      for (int c = Math.max(m.s().start(), m.open() - 8); c < colon; c++) {
        if (c + 1 < colon && p.isCueVerb(c, m.s().end()) && p.npForward(c + 1, colon) == colon) {
          d.attribute(c, c + 1, colon, name());
        }
      }
    }
  }

  /** {@code "Wij zijn," zei hij, "niet van plan…"}: the second part takes the first part's cue. */
  static final class SplitQuote extends QuoteSieve {
    SplitQuote() {
      super("split-quote");
    }

    @Override
    void attribute(QuoteDraft d, MarkedQuote m) {
      QuoteDraft prev = m.previous();
      if (prev != null && prev.sieve instanceof CueAfterQuote && m.open() == prev.speakerEnd + 1
          && m.p().isComma(m.open() - 1)) {
        d.attribute(prev.cue, prev.speakerStart, prev.speakerEnd, name());
        d.kind = Quote.Kind.DIRECT;
      }
    }
  }

  /** The speaker of the sentence's first reporting clause ({@code Tusk zei dat hij "zeer dankbaar" was}). */
  static final class SentenceClause extends QuoteSieve {
    SentenceClause() {
      super("sentence-speaker");
    }

    @Override
    void attribute(QuoteDraft d, MarkedQuote m) {
      ReportingClause c = m.s().speakerClauseOutside(m.open(), m.close());
      if (c != null) {
        d.attribute(c.cue, c.speakerStart, c.speakerEnd, name());
      }
    }
  }

  /**
   * A quote in the headline without a cue of its own ({@code 'Onze argumentatie is begrepen'}) is
   * said by the first named speaker of the article that follows.
   */
  static final class HeadlineQuote extends QuoteSieve {
    HeadlineQuote() {
      super("headline-quote");
    }

    @Override
    void attribute(QuoteDraft d, MarkedQuote m) {
      if (m.attribution().inHeadline(m.s().index())) {
        d.rule = name();
        d.kind = Quote.Kind.HEADLINE;
        d.inheritsForward = true;
      }
    }
  }

  /**
   * A direct quote that opens its sentence without a cue, right after a sentence without quotes
   * whose subject is a person ({@code Zijn voorganger Ludwig Vandenhove maakt zich zorgen. "Ik
   * heb ..."}), is that person's; so is the first quote of a section after a sentence whose subject
   * is {@code hij} or {@code zij} ({@code Hij kijkt terug op die tijd. "Met een koel hoofd ..."}), also
   * after the verb ({@code Al relativeerde hij snel. "Niemand …"}).
   */
  static final class PreviousSentenceSubject extends QuoteSieve {
    PreviousSentenceSubject() {
      super("previous-subject");
    }

    @Override
    void attribute(QuoteDraft d, MarkedQuote m) {
      int si = m.s().index();
      QuoteAttribution run = m.attribution();
      if (d.kind != Quote.Kind.DIRECT || !m.opensSentence() || si == 0 || run.hasQuoteIn(si - 1)
          || run.section(si - 1) != d.section) {
        return;
      }
      Phrases p = m.p();
      nl.verrijk.model.TokenRange prev = p.a.sentences().get(si - 1).tokens();
      int start = p.subjectStart(prev.start(), prev.end());
      int np = p.npForward(start, prev.end());
      nl.verrijk.model.Mention per = p.firstPerson(start, np);
      if (per != null && !p.marks.inside(per.tokens().start())) {
        d.attribute(-1, per.tokens().start(), per.tokens().end(), name());
      } else if (np == start + 1 && (p.is(start, "hij") || p.is(start, "zij")) && run.lastInSection(d.section) == null) {
        // Wim Kok was premier. Hij kijkt terug op die tijd. "Met een zo koel mogelijk hoofd ..."
        d.attribute(-1, start, np, name());
      } else if (run.lastInSection(d.section) == null) {
        int k = invertedPronounSubject(p, prev.start(), prev.end());
        if (k >= 0) { // Al relativeerde hij voor de microfoon snel. "Niemand verdient ..."
          d.attribute(-1, k, k + 1, name());
        }
      }
    }
  }

  /** The {@code hij} or {@code zij} the parse makes the active subject after the finite verb, or -1. */
  private static int invertedPronounSubject(Phrases p, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if ((p.is(k, "hij") || p.is(k, "zij")) && "nsubj".equals(p.toks.get(k).deprel())
          && (p.upos(k - 1) == nl.verrijk.model.Upos.VERB || p.upos(k - 1) == nl.verrijk.model.Upos.AUX)) {
        return k;
      }
    }
    return -1;
  }

  /** A direct quote without a cue of its own continues the previous speaker of its section. */
  static final class Continuation extends QuoteSieve {
    Continuation() {
      super("continuation");
    }

    @Override
    void attribute(QuoteDraft d, MarkedQuote m) {
      if (d.kind == Quote.Kind.DIRECT) {
        d.rule = name();
        d.inheritFrom = m.attribution().lastInSection(d.section);
      }
    }
  }

  /** {@code Merz is "zeer dankbaar" dat … Dat zei hij …}: the subject says it, when it is a person. */
  static final class PartialSubject extends QuoteSieve {
    PartialSubject() {
      super("partial-subject");
    }

    @Override
    void attribute(QuoteDraft d, MarkedQuote m) {
      Phrases p = m.p();
      int start = m.s().start();
      int np = p.npForward(start, m.open());
      if (np > start && (p.isPronoun(start) || p.hasPerson(start, np))
          && m.attribution().backReferenceFollows(m.s().index())) {
        d.attribute(-1, start, np, name());
      }
    }
  }

  /** The order in which the sieves are tried. */
  static final ImmutableList<QuoteSieve> ORDER = ImmutableList.of(new CueAfterQuote(), new SpeakerCueColon(),
      new SpeakerColon(), new CueSpeakerColon(), new SplitQuote(), new SentenceClause(), new HeadlineQuote(), new PreviousSentenceSubject(), new Continuation(),
      new PartialSubject());
}
