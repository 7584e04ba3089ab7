package nl.verrijk.quote;

import java.util.List;
import nl.verrijk.lang.DutchWords;
import nl.verrijk.model.Entity;
import nl.verrijk.model.Mention;
import nl.verrijk.model.Quote;
import nl.verrijk.model.Speaker;

/**
 * Turns each quote's speaker mention into who said it, after the sieves: a name to the article's
 * entity (with the role the text gives before it), a pronoun to the previous named speaker of the
 * same section or else the last person mentioned there, a continuation to the quote it continues.
 * Links never cross a section, so a feed item never inherits another's speaker.
 */
final class SpeakerResolver {

  private final Phrases p;
  private final List<QuoteDraft> drafts;
  private final int[] sectionOfSentence;

  /** A resolver over the drafts of one article, in text order. */
  SpeakerResolver(Phrases p, List<QuoteDraft> drafts, int[] sectionOfSentence) {
    this.p = p;
    this.drafts = drafts;
    this.sectionOfSentence = sectionOfSentence;
  }

  private boolean isPronounMention(QuoteDraft d) {
    return d.speakerEnd - d.speakerStart == 1 && p.isPronoun(d.speakerStart);
  }

  /** Sets {@code d.resolved}, resolving what it depends on first. */
  void resolve(QuoteDraft d) {
    if (d.resolved != null) {
      return;
    }
    if (d.speakerStart < 0 || d.speakerEnd <= d.speakerStart) {
      d.speakerStart = -1;
      QuoteDraft from = d.inheritFrom;
      if (from != null && from != d) {
        resolve(from);
        d.resolved = new Speaker(null, Speaker.Type.NONE, from.resolved.name(), from.resolved.entity(),
            from.resolved.role());
      } else {
        d.resolved = new Speaker(null, Speaker.Type.NONE, null, -1, null);
      }
      return;
    }
    Mention written = p.mention("SPEAKER", d.speakerStart, d.speakerEnd);
    if (isPronounMention(d)) {
      Speaker antecedent = antecedent(d);
      d.resolved = new Speaker(written, Speaker.Type.PRONOUN, antecedent == null ? written.text() : antecedent.name(),
          antecedent == null ? -1 : antecedent.entity(), antecedent == null ? null : antecedent.role());
      return;
    }
    Mention name = nameIn(d);
    if (name == null) {
      d.resolved = new Speaker(written, Speaker.Type.DESCRIPTION, written.text(), -1, null);
      return;
    }
    Entity e = p.a.entityOf(name).orElse(null);
    int roleStart = d.speakerStart;
    if (DutchWords.determiners().contains(p.lower(roleStart))) {
      roleStart++;
    }
    String role = roleStart < name.tokens().start()
        ? p.text.substring(p.charBegin(roleStart), p.charEnd(name.tokens().start())) : null;
    d.resolved = new Speaker(written, Speaker.Type.NAME, e == null ? name.text() : e.name(), e == null ? -1 : e.index(),
        role);
  }

  /** The first name inside the speaker mention, persons before organisations, places and other names. */
  private Mention nameIn(QuoteDraft d) {
    for (String type : new String[] {"PER", "ORG", "LOC", "MISC"}) {
      for (Mention m : p.a.mentions()) {
        // a MISC name only when it is the head: "Het Russische leger" is no Russian
        if (m.label().equals(type) && m.tokens().start() >= d.speakerStart && m.tokens().end() <= d.speakerEnd
            && (!type.equals("MISC") || m.tokens().end() == d.speakerEnd)) {
          return m;
        }
      }
    }
    return null;
  }

  /** The previous non-pronoun speaker of the same section, else the last person mentioned there. */
  private Speaker antecedent(QuoteDraft d) {
    Speaker best = null;
    for (QuoteDraft o : drafts) {
      if (o == d || o.contentBegin >= d.contentBegin && o.sentence >= d.sentence) {
        break;
      }
      if (o.section == d.section && o.kind != Quote.Kind.HEADLINE && o.speakerStart >= 0 && !isPronounMention(o)) {
        resolve(o);
        best = o.resolved;
      } else if (o.section == d.section && o.resolved != null && o.resolved.name() != null) {
        best = o.resolved;
      }
    }
    if (best != null) {
      return best;
    }
    int limit = p.toks.get(d.speakerStart).begin();
    Mention person = null;
    for (Mention m : p.a.mentions()) {
      if (m.label().equals("PER") && m.span().begin() < limit && sectionOfSentence[m.sentence()] == d.section) {
        person = m;
      }
    }
    if (person == null) {
      return null;
    }
    Entity e = p.a.entityOf(person).orElse(null);
    return new Speaker(person, Speaker.Type.NAME, e == null ? person.text() : e.name(), e == null ? -1 : e.index(),
        null);
  }
}
