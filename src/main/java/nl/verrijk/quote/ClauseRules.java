package nl.verrijk.quote;

import com.google.common.collect.ImmutableList;
import nl.verrijk.lang.DutchWords;
import nl.verrijk.lang.ReportingVerbs;
import nl.verrijk.model.Token;
import nl.verrijk.model.TokenRange;
import nl.verrijk.model.Upos;

/**
 * The reporting-clause rules, tried in {@link #ORDER} on every token of a sentence; the first that
 * builds a clause wins.
 */
final class ClauseRules {

  private ClauseRules() {}

  /** {@code Volgens Kallas hebben ...}, {@code ..., volgens de politie}: only when X can speak. */
  static final class Volgens extends ClauseRule {
    Volgens() {
      super("volgens");
    }

    @Override
    boolean needsCueVerb() {
      return false;
    }

    @Override
    ReportingClause match(Phrases p, int i, int start, int end) {
      if (!p.lower(i).equals("volgens")) {
        return null;
      }
      // volgens hem, volgens haar: an object pronoun is the whole speaker phrase
      int np = i + 1 < end && DutchWords.objectPronouns().contains(p.lower(i + 1)) ? i + 2 : p.npForward(i + 1, end);
      if (np <= i + 1 || !p.canSpeak(i + 1, np) || speaksOnlyInModifier(p, i + 1, np)) {
        return null;
      }
      ReportingClause c = new ReportingClause(i, i + 1, np, this);
      if (p.trimEnd(np, end) - np >= 3) {
        int from = p.isComma(np) ? np + 1 : np;
        int clause = i;
        while (clause > start && clause > i - 40 && !p.isComma(clause - 1) && !p.is(clause - 1, ":")
            && p.upos(clause - 1) != Upos.CCONJ) {
          clause--; // the clause volgens stands in begins after a comma or conjunction ("…, maar dan moet volgens hem …")
        }
        if (i - clause >= 2 && !p.isComma(i - 1) && !p.isComma(np) && !p.isMark(i - 1)) {
          c.before(clause, i); // "Daar is volgens Koolmees geen kritiek op geuit": the clause split around it
        }
        return c.content(from, p.trimEnd(from, end));
      }
      return i - start >= 3 ? c.content(start, p.isComma(i - 1) ? i - 1 : i) : c;
    }
  }

  /**
   * Whether only a name in the phrase's {@code van} modifier could speak, not its head: {@code volgens
   * de regels van de KNVB} reports no one ({@code volgens een woordvoerder van de KNVB} does).
   */
  static boolean speaksOnlyInModifier(Phrases p, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (p.is(k, "van")) {
        return p.upos(k - 1) == Upos.NOUN && !p.canSpeak(from, k);
      }
    }
    return false;
  }

  /** {@code ..., aldus een woordvoerder.}, and in mid-clause: {@code Opmerkelijk, aldus de viroloog, is dat …}. */
  static final class Aldus extends ClauseRule {
    Aldus() {
      super("aldus");
    }

    @Override
    boolean needsCueVerb() {
      return false;
    }

    @Override
    ReportingClause match(Phrases p, int i, int start, int end) {
      if (!p.lower(i).equals("aldus") || i <= start) {
        return null;
      }
      int np = p.npForward(i + 1, end);
      if (np <= i + 1) {
        return null;
      }
      ReportingClause c = new ReportingClause(i, i + 1, np, this);
      int before = p.isComma(i - 1) ? i - 1 : i;
      if (p.isComma(np) && np + 1 < end && (p.upos(np + 1) == Upos.AUX || p.upos(np + 1) == Upos.VERB)
          && p.trimEnd(np + 1, end) - np - 1 >= 3) {
        // "Opmerkelijk, aldus de viroloog, is dat …": the clause goes on after the parenthesis
        return c.before(start, before).content(np + 1, p.trimEnd(np + 1, end));
      }
      return c.content(start, before);
    }
  }

  /** {@code Uit de gespreksverslagen blijkt dat ...}: the source after {@code uit} says the dat-clause. */
  static final class UitBlijkt extends ClauseRule {
    UitBlijkt() {
      super("uit-blijkt");
    }

    @Override
    boolean needsCueVerb() {
      return false;
    }

    @Override
    ReportingClause match(Phrases p, int i, int start, int end) {
      int uit = p.subjectStart(start, i);
      if (!DutchWords.uitCueVerbs().contains(p.lower(i)) || !p.is(uit, "uit") || uit + 1 >= i) {
        return null;
      }
      int np = p.npForward(uit + 1, i);
      int dat = np == i ? p.datAfter(i + 1, end) : -1;
      return dat < 0 || dat > i + 4 || !p.canSpeak(uit + 1, np) ? null
          : new ReportingClause(i, uit + 1, np, this).content(dat + 1, p.trimEnd(dat + 1, end));
    }
  }

  /** {@code de vaststelling van N-VA-voorzitter Bart De Wever dat ...}: a noun of saying, its speaker after van. */
  static final class ReportingNoun extends ClauseRule {
    ReportingNoun() {
      super("noun-van-dat");
    }

    @Override
    boolean needsCueVerb() {
      return false;
    }

    @Override
    ReportingClause match(Phrases p, int i, int start, int end) {
      if (!DutchWords.reportingNouns().contains(p.lower(i)) || i + 3 >= end || !p.is(i + 1, "van")) {
        return null;
      }
      int np = p.npForward(i + 2, end);
      return np > i + 2 && np < end && p.is(np, "dat") && p.canSpeak(i + 2, np)
          ? new ReportingClause(i, i + 2, np, this).content(np + 1, p.trimEnd(np + 1, end)) : null;
    }
  }

  /** {@code In zijn toespraak stelde Cortebeeck dat ...}, {@code ..., zegt het Kremlin dat ...}. */
  static final class CueSpeakerDat extends ClauseRule {
    CueSpeakerDat() {
      super("cue-speaker-dat");
    }

    @Override
    ReportingClause match(Phrases p, int i, int start, int end) {
      int np = DutchWords.cueParticles().contains(p.lower(Math.min(i + 1, end - 1))) ? i + 1 : p.npForward(i + 1, end);
      int dat = np > i + 1 ? p.datAfter(np, end) : -1;
      if (BackReference.at(p, i, start)) {
        return null;
      }
      if (dat < 0) { // "Desalniettemin zei de NS niet te weten hoeveel ...": an infinitive clause after the speaker
        int te = np > i + 1 && speechTeVerb(p, i) && p.subjectBefore(i, start) == null ? teInfinitive(p, np, end) : -1;
        return te < 0 || !p.canSpeak(i + 1, np) ? null
            : new ReportingClause(i, i + 1, np, this).named("cue-speaker-te").content(np, p.trimEnd(np, end));
      }
      for (int k = i + 1; k + 1 < np; k++) {
        if (DutchWords.reportingNouns().contains(p.lower(k)) && p.is(k + 1, "van")) {
          return null; // "noemde de verklaring van X dat ...": the noun's own clause (noun-van-dat) has it
        }
      }
      if (!p.isPronoun(i + 1) && !p.canSpeak(i + 1, np)) { // "ontkent een paar dagen ervoor dat", "vond het moeilijk dat": no speaker here
        return null;
      }
      return new ReportingClause(i, i + 1, np, this).content(dat + 1, p.trimEnd(dat + 1, end));
    }
  }

  /** {@code ..., zei Tusk.}: the clause before the comma is the content. */
  static final class ContentCueSpeaker extends ClauseRule {
    ContentCueSpeaker() {
      super("content-cue-speaker");
    }

    @Override
    ReportingClause match(Phrases p, int i, int start, int end) {
      if (i <= start || !(p.isComma(i - 1) || p.is(i - 1, ":") || p.is(i - 1, "zo") && p.isComma(i - 2))) {
        return null;
      }
      int np = p.npForward(i + 1, end);
      if (np <= i + 1) {
        return null;
      }
      int contentEnd = p.is(i - 1, "zo") ? i - 2 : i - 1;
      return new ReportingClause(i, i + 1, np, this).content(start, contentEnd);
    }
  }

  /** {@code Dat zei hij ...}: the speaker of the previous sentence's quotes. */
  static final class BackReference extends ClauseRule {
    BackReference() {
      super("dat-zei-back");
    }

    /** Whether cue {@code i} is the second word of a sentence opening with {@code Dat}. */
    static boolean at(Phrases p, int i, int start) {
      return i == start + 1 && p.is(start, "dat");
    }

    @Override
    ReportingClause match(Phrases p, int i, int start, int end) {
      if (!at(p, i, start)) {
        return null;
      }
      int np = p.npForward(i + 1, end);
      if (np <= i + 1) {
        return null;
      }
      ReportingClause c = new ReportingClause(i, i + 1, np, this);
      c.back = true;
      return c;
    }
  }

  /** {@code Het Kremlin zegt dat ...}, {@code Hij herhaalde ook dat ...}, or a speaker and cue alone. */
  static final class SpeakerCue extends ClauseRule {
    SpeakerCue() {
      super("speaker-cue");
    }

    @Override
    ReportingClause match(Phrases p, int i, int start, int end) {
      if (BackReference.at(p, i, start)) {
        return null;
      }
      TokenRange subject = p.subjectBefore(i, start);
      if (subject == null) {
        return null;
      }
      return withContent(p, new ReportingClause(i, subject.start(), subject.end(), this), end);
    }

    /** The clause with its {@code dat}- or te-clause after the cue as content, when it has one (named {@code RULE-dat}, {@code RULE-te}). */
    static ReportingClause withContent(Phrases p, ReportingClause c, int end) {
      int i = c.cue;
      for (int j = i + 1; j < Math.min(end, i + 14); j++) {
        if (p.is(j, "dat") || p.is(j, ":") || p.is(j, "of")) {
          return c.named(c.rule.name() + "-dat").content(j + 1, p.trimEnd(j + 1, end));
        }
        if (p.isMark(j) || p.isComma(j) || j > i + 1 && p.isCueVerb(j, end)) {
          break;
        }
      }
      int te = speechTeVerb(p, i) ? teInfinitive(p, i + 1, end) : -1;
      if (te > i) { // "De bestuurder zei nog meer te willen inzetten op ...": the infinitive clause
        return c.named(c.rule.name() + "-te").content(i + 1, p.trimEnd(i + 1, end));
      }
      int om = omTeClause(p, i, end);
      return om < 0 ? c : c.named(c.rule.name() + "-om").content(om + 1, p.trimEnd(om + 1, end));
    }

    /** {@code riep de steden op om meer samen te werken}: where the {@code om} of a verb of asking stands, or -1. */
    static int omTeClause(Phrases p, int i, int end) {
      Token t = p.toks.get(i);
      String lemma = t.lemma() == null ? p.lower(i) : t.lemma().replace("_", "");
      if (!DutchWords.omTeVerbs().contains(lemma)) {
        return -1;
      }
      for (int k = i + 1; k < Math.min(end - 2, i + 10); k++) {
        if (p.isMark(k) || p.isComma(k) && !p.is(k + 1, "om") || p.upos(k) == Upos.VERB) {
          return -1;
        }
        if (p.is(k, "om")) {
          for (int j = k + 2; j < Math.min(end - 1, k + 14); j++) {
            if (p.is(j, "te") && (p.upos(j + 1) == Upos.VERB || p.upos(j + 1) == Upos.AUX)) {
              return k;
            }
          }
          return -1;
        }
      }
      return -1;
    }
  }

  /**
   * A participle cue after a finite auxiliary: {@code De minister heeft gisteren gezegd dat ...},
   * {@code Gisteren heeft de minister verklaard dat ...}, {@code De verdachte zou verklaard hebben dat ...}.
   */
  static final class AuxiliaryCue extends ClauseRule {
    AuxiliaryCue() {
      super("aux-speaker-cue");
    }

    @Override
    ReportingClause match(Phrases p, int i, int start, int end) {
      if (BackReference.at(p, i, start)) {
        return null;
      }
      for (int k = i - 1; k >= start && k >= i - 8; k--) {
        boolean auxiliary = DutchWords.auxiliaries().contains(p.lower(k));
        if (!auxiliary && (p.isMark(k) || p.isComma(k) || p.upos(k) == Upos.VERB || p.is(k, "dat"))) {
          return null;
        }
        if (!auxiliary) {
          continue;
        }
        TokenRange subject = p.subjectBefore(k, start);
        if (subject == null && k > start) { // inverted: the subject right after the auxiliary
          int np = p.npForward(k + 1, i);
          subject = np > k + 1 && (p.isPronoun(k + 1) || p.canSpeak(k + 1, np)) ? new TokenRange(k + 1, np) : null;
        }
        return subject == null ? null
            : SpeakerCue.withContent(p, new ReportingClause(i, subject.start(), subject.end(), this), end);
      }
      return null;
    }
  }

  /** Whether token {@code i} is a verb whose te-infinitive clause is what was said ({@code lang/speech-te-verbs.txt}). */
  static boolean speechTeVerb(Phrases p, int i) {
    Token t = p.toks.get(i);
    String lemma = ReportingVerbs.verbLemma(t.text(), t.lemma());
    if (lemma == null && t.lemma() != null && !ReportingVerbs.particles(t.text()).isEmpty()) {
      lemma = t.lemma().replace("_", ""); // a separable verb: "laten ... weten", "kondigde ... aan"
    }
    return lemma != null && DutchWords.speechTeVerbs().contains(lemma);
  }

  /**
   * Where an infinitive clause's {@code te} stands in {@code [from, end)}, with a verb after it and
   * at least two words before it or adverbs only, no comma or quote mark on the way; or -1.
   */
  static int teInfinitive(Phrases p, int from, int end) {
    for (int k = from; k < Math.min(end - 1, from + 12); k++) {
      if (p.isMark(k) || p.isComma(k) || p.is(k, "om")) {
        return -1;
      }
      Upos next = p.upos(k + 1);
      if (p.is(k, "te") && (k - from >= 2 || adverbsOnly(p, from, k)) && (next == Upos.VERB || next == Upos.AUX)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether {@code [from, to)} holds adverbs only (or adjectives used as adverbs, which UD Dutch tags
   * ADJ: {@code later}), or nothing: {@code zei later te twijfelen}, {@code zei blij te zijn}.
   */
  private static boolean adverbsOnly(Phrases p, int from, int to) {
    for (int k = from; k < to; k++) {
      if (p.upos(k) != Upos.ADV && p.upos(k) != Upos.ADJ) {
        return false;
      }
    }
    return true;
  }

  /** The order in which the rules are tried. */
  static final ImmutableList<ClauseRule> ORDER = ImmutableList.of(new Volgens(), new Aldus(), new UitBlijkt(), new ReportingNoun(),
      new CueSpeakerDat(),
      new ContentCueSpeaker(), new BackReference(), new SpeakerCue(), new AuxiliaryCue());

  /** The reporting clause with cue {@code i} in the sentence {@code [start, end)} by the first rule that builds one. */
  static ReportingClause find(Phrases p, int i, int start, int end) {
    Boolean verb = null;
    for (ClauseRule r : ORDER) {
      if (r.needsCueVerb()) {
        if (verb == null) {
          verb = p.isCueVerb(i, end);
        }
        if (!verb) {
          return null;
        }
      }
      ReportingClause c = r.match(p, i, start, end);
      if (c != null) {
        return c;
      }
    }
    return null;
  }
}
