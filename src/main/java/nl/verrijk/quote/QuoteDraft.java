package nl.verrijk.quote;

import nl.verrijk.model.Quote;
import nl.verrijk.model.Speaker;

/**
 * A quote while one article is attributed: content by characters, cue and speaker mention by
 * tokens (-1 while unknown), and the rule that decided. Mutable, confined to one attribution.
 */
final class QuoteDraft {
  Quote.Kind kind;
  final int contentBegin;
  final int contentEnd;
  final int sentence;
  final int section;
  int cue = -1;
  int speakerStart = -1;
  int speakerEnd = -1;
  String rule;
  /** The mark sieve that decided, when one did. */
  QuoteSieve sieve;
  /** Whether the speaker is the next named speaker after this quote (a quote in the headline). */
  boolean inheritsForward;
  /** The quote whose speaker a continuation takes. */
  QuoteDraft inheritFrom;
  Speaker resolved;

  QuoteDraft(Quote.Kind kind, int contentBegin, int contentEnd, int sentence, int section, String rule) {
    this.kind = kind;
    this.contentBegin = contentBegin;
    this.contentEnd = contentEnd;
    this.sentence = sentence;
    this.section = section;
    this.rule = rule;
  }

  /** Records who said it: the cue token, the speaker's tokens {@code [from, to)} and the rule. */
  void attribute(int cue, int from, int to, String rule) {
    this.cue = cue;
    this.speakerStart = from;
    this.speakerEnd = to;
    this.rule = rule;
  }

  /** Whether a rule has decided this quote's speaker. */
  boolean decided() {
    return rule != null;
  }

  /** Whether the quote has a speaker mention of its own. */
  boolean hasSpeaker() {
    return speakerStart >= 0;
  }
}
