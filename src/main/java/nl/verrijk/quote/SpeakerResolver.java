package nl.verrijk.quote;

import java.util.List;
import java.util.OptionalInt;
import nl.verrijk.lang.DutchWords;
import nl.verrijk.model.Entity;
import nl.verrijk.model.EntityType;
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
  private final int[] storyOfSentence;
  private final List<Mention> persons;
  private final PersonTable table;
  private final DraftIndex order;
  /**
   * How many quotes or mentions back (or ahead) a link is looked for: an antecedent further away is
   * not one a reader would take, and the bound keeps the resolver linear in the length of the text.
   */
  private static final int WINDOW = 200;

  /** A resolver over the drafts of one article, in text order. */
  SpeakerResolver(Phrases p, List<QuoteDraft> drafts, int[] storyOfSentence) {
    this.p = p;
    this.drafts = drafts;
    this.storyOfSentence = storyOfSentence;
    this.persons = p.persons;
    this.table = new PersonTable(p);
    this.order = new DraftIndex(drafts);
  }

  /** A speaker mention that is one pronoun: a subject pronoun, or an object pronoun after volgens. */
  private boolean isPronounMention(QuoteDraft d) {
    return d.speakerEnd - d.speakerStart == 1 && (p.isPronoun(d.speakerStart)
        || DutchWords.objectPronouns().contains(p.lower(d.speakerStart)));
  }

  /** Sets {@code d.resolved}, resolving what it depends on first. */
  void resolve(QuoteDraft d) {
    if (d.resolved != null) {
      return;
    }
    if (d.speakerStart < 0 || d.speakerEnd <= d.speakerStart) {
      d.speakerStart = -1;
      QuoteDraft from = d.inheritFrom;
      Mention subject = "continuation".equals(d.rule) && !order.nested(d) ? subjectSinceLastQuote(d) : null;
      if (subject != null) { // "Daar is Cohen het niet mee eens. "In Amsterdam kan zo veel."": the person just named speaks
        Speaker s = named(subject);
        d.resolved = new Speaker(null, Speaker.Type.NONE, s.name(), s.entity(), null);
      } else if (from != null && from != d) {
        resolve(from);
        d.resolved = new Speaker(null, Speaker.Type.NONE, from.resolved.name(), from.resolved.entity(),
            from.resolved.role());
      } else {
        d.resolved = new Speaker(null, Speaker.Type.NONE, null, OptionalInt.empty(), null);
      }
      return;
    }
    Mention written = p.mention("SPEAKER", d.speakerStart, d.speakerEnd);
    if (isPronounMention(d)) {
      Speaker antecedent = antecedent(d);
      d.resolved = new Speaker(written, Speaker.Type.PRONOUN, antecedent == null ? written.text() : antecedent.name(),
          antecedent == null ? OptionalInt.empty() : antecedent.entity(), antecedent == null ? null : antecedent.role());
      return;
    }
    Mention name = nameIn(d);
    if (name == null) {
      Mention person = inHeadline(d) ? titledInBody(d) : roleHolder(d);
      QuoteDraft same = person == null ? null : sameHeadBefore(d, headOf(d));
      if (same != null && p.toks.get(same.speakerStart).begin() > person.span().begin()) {
        person = null; // "laat woordvoerder Rene van der Linden weten … zei een woordvoerder … gaat de woordvoerder verder"
      }
      Entity e = person == null ? null : p.entityOf(person).orElse(null);
      Speaker earlier = person == null ? describedBefore(d) : null;
      d.resolved = earlier != null ? new Speaker(written, Speaker.Type.DESCRIPTION, earlier.name(), earlier.entity(), earlier.role())
          : person == null ? new Speaker(written, Speaker.Type.DESCRIPTION, written.text(), OptionalInt.empty(), null)
          : new Speaker(written, Speaker.Type.DESCRIPTION, e == null ? person.text() : e.name(),
              entityIndex(e), null);
      return;
    }
    Entity e = p.entityOf(name).orElse(null);
    int roleStart = d.speakerStart;
    if (DutchWords.determiners().contains(p.lower(roleStart))) {
      roleStart++;
    }
    String role = roleStart < name.tokens().start()
        ? p.text.substring(p.charBegin(roleStart), p.charEnd(name.tokens().start())) : null;
    d.resolved = new Speaker(written, Speaker.Type.NAME, e == null ? name.text() : e.name(), entityIndex(e),
        role);
  }

  /**
   * The first name inside the speaker mention, persons before organisations, places and other names,
   * not a name in a modifier ({@code een woordvoerder van Jan Jansen}).
   */
  private Mention nameIn(QuoteDraft d) {
    List<Mention> mentions = p.a.mentions();
    int first = Phrases.firstFrom(mentions, m -> m.tokens().start(), d.speakerStart);
    for (String type : new String[] {"PER", "ORG", "LOC", "MISC"}) {
      for (int i = first; i < mentions.size() && mentions.get(i).tokens().start() < d.speakerEnd; i++) {
        Mention m = mentions.get(i);
        boolean last = m.tokens().end() == d.speakerEnd;
        // a MISC name only when it is the head: "Het Russische leger" is no Russian, "de PS-politicus" a role
        if (m.label().equals(type) && m.tokens().end() <= d.speakerEnd && (!type.equals("MISC") || last && !isRoleCompound(m))
            && !inModifier(m, d.speakerStart)) {
          return m;
        }
      }
    }
    return null;
  }

  /** Whether a mention is a name glued to a lower-case role noun: {@code PS-politicus}, {@code VVD-leider}. */
  private static boolean isRoleCompound(Mention m) {
    int hyphen = m.text().lastIndexOf('-');
    return hyphen > 0 && hyphen + 1 < m.text().length() && Character.isLowerCase(m.text().charAt(hyphen + 1));
  }

  /**
   * Whether a name stands in a prepositional modifier of the speaker phrase that starts at {@code
   * from} ({@code een woordvoerder van de politie}): a preposition before it, an article between.
   */
  private boolean inModifier(Mention m, int from) {
    int k = m.tokens().start() - 1;
    if (k >= from && p.isDeterminer(k)) {
      k--;
    }
    return k >= from && k > from && DutchWords.speakerPrepositions().contains(p.lower(k));
  }

  /**
   * The person a definite role description refers to ({@code de Nijmeegse burgemeester}, {@code de
   * nachtburgemeester}, {@code de schrijver}): the last person before the quote in the same section
   * whose name the text opened with that role ({@code burgemeester Hubert Bruls}, {@code
   * nachtburgemeester Robert-Jan Wille}); {@code de man}, {@code de vrouw} refer to the last person
   * named. Null when none, or when the description is indefinite ({@code een woordvoerder}).
   */
  private Mention roleHolder(QuoteDraft d) {
    int len = d.speakerEnd - d.speakerStart;
    if (len < 2 || len > 3 || !(p.is(d.speakerStart, "de") || p.is(d.speakerStart, "het"))) {
      return null;
    }
    String head = p.lower(d.speakerEnd - 1);
    boolean anyone = head.equals("man") || head.equals("vrouw");
    if (!anyone && !DutchWords.roleWords().contains(head) && !head.endsWith("burgemeester")
        && !head.endsWith("woordvoerder") && !head.endsWith("woordvoerster")) {
      return null;
    }
    for (int i = personsBefore(p.toks.get(d.speakerStart).begin()), n = 0; i >= 0 && n < WINDOW; i--, n++) {
      Mention m = persons.get(i);
      if (storyOfSentence[m.sentence()] != d.section) {
        return null;
      }
      if (!order.insideQuote(m) && (anyone || Titles.titledAs(p, m, head))) {
        return m;
      }
    }
    return null;
  }

  /** Whether a draft's content lies in the article's headline. */
  private boolean inHeadline(QuoteDraft d) {
    nl.verrijk.model.CharSpan h = p.a.structure() == null ? null : p.a.structure().headline();
    return h != null && h.begin() <= d.contentBegin && d.contentBegin < h.end();
  }

  /**
   * The person a headline's role speaker is ({@code Politiechef: we zijn voorbereid}, {@code
   * Burgemeester duidelijk: …}): the first person of the same story whom the text titles with a
   * person's title the speaker phrase holds ({@code politiechef Wilbert Paulissen}); null when none.
   */
  private Mention titledInBody(QuoteDraft d) {
    for (int k = d.speakerStart; k < d.speakerEnd; k++) {
      String w = p.lower(k);
      if (!Titles.isPersonTitle(w)) {
        continue;
      }
      for (Mention m : persons) {
        if (storyOfSentence[m.sentence()] == d.section && m.tokens().start() >= d.speakerEnd && !order.insideQuote(m)
            && Titles.titledAs(p, m, w)) {
          return m;
        }
      }
      // no one titled so: the first person of the story who is named as a speaker ("Politiechef: …" … zegt Wilbert Paulissen)
      return firstNamedSpeakerAfter(d);
    }
    return null;
  }

  /** The first person named as a speaker of a later quote of the same story, or null. */
  private Mention firstNamedSpeakerAfter(QuoteDraft d) {
    for (int i = order.indexOf(d) + 1; i < Math.min(drafts.size(), order.indexOf(d) + 1 + WINDOW); i++) {
      QuoteDraft o = drafts.get(i);
      Mention name = o.section == d.section && o.speakerStart >= 0 && o.speakerEnd > o.speakerStart ? nameIn(o) : null;
      if (name != null && name.label().equals("PER")) {
        return name;
      }
    }
    return null;
  }

  /**
   * What a definite description that names no one refers to, when no person was titled so ({@link
   * #roleHolder}): the nearest earlier speaker of the section described with the same head noun
   * ({@code een woordvoerder van de NS} … {@code de woordvoerder}; {@code de Nijmeegse gemeenteraad}
   * … {@code de raad}); else a name the text introduced with that noun ({@code de onderzoekssite
   * Apache} … {@code de site}); else, for a person's title ({@code de bondscoach}, {@code de
   * PS-politicus}), who a personal pronoun there would refer to. Null when none, or when the
   * description is indefinite.
   */
  private Speaker describedBefore(QuoteDraft d) {
    int len = d.speakerEnd - d.speakerStart;
    if (len < 2 || len > 4 || !(p.is(d.speakerStart, "de") || p.is(d.speakerStart, "het"))) {
      return null;
    }
    String head = headOf(d);
    if (head.length() < 3 || !Character.isLetter(head.codePointAt(0))) {
      return null;
    }
    QuoteDraft same = sameHeadBefore(d, head);
    if (same != null) {
      resolve(same);
      return same.resolved;
    }
    List<Mention> mentions = p.a.mentions();
    int at = p.toks.get(d.speakerStart).begin();
    for (int i = Phrases.firstFrom(mentions, m -> m.span().begin(), at) - 1, n = 0; i >= 0 && n < WINDOW; i--, n++) {
      Mention m = mentions.get(i);
      if (storyOfSentence[m.sentence()] != d.section) {
        break;
      }
      if (!m.label().equals("MISC") && !order.insideQuote(m) && (Titles.titledAs(p, m, head) || Titles.namesOrganisation(m, head))) {
        return named(m);
      }
    }
    boolean personTitle = Titles.isPersonTitle(head);
    Speaker s = personTitle ? personAntecedent(d) : null;
    if (personTitle && s == null) { // "…", sprak de bondscoach. … "…", zei Koeman: named later
      Mention later = firstNamedSpeakerAfter(d);
      s = later == null ? null : named(later);
    }
    return s == null || s.entity().isEmpty() || titledOtherwise(p.a.entities().get(s.entity().getAsInt()), head) ? null : s;
  }

  /** The nearest earlier quote of the section whose speaker phrase has this head ({@code een woordvoerder} before {@code de woordvoerder}), or null. */
  private QuoteDraft sameHeadBefore(QuoteDraft d, String head) {
    for (int i = order.indexOf(d) - 1; i >= Math.max(0, order.indexOf(d) - WINDOW); i--) {
      QuoteDraft o = drafts.get(i);
      if (o.section != d.section || o.speakerStart < 0 || o.speakerEnd <= o.speakerStart || isPronounMention(o)
          || o.speakerEnd > d.speakerStart) {
        continue;
      }
      if (headOf(o).endsWith(head) && o.speakerStart != d.speakerStart) {
        return o;
      }
    }
    return null;
  }

  /**
   * Whether the text gave a person another title and never this one ({@code premier Mariëlle Paul}
   * is not {@code de minister}).
   */
  private boolean titledOtherwise(Entity e, String head) {
    boolean other = false;
    for (int index : e.mentions()) {
      Mention m = p.a.mentions().get(index);
      if (Titles.titledAs(p, m, head)) {
        return false;
      }
      int k = m.tokens().start() - 1;
      other |= k >= 0 && DutchWords.personTitles().contains(p.lower(k));
    }
    return other;
  }

  /** The head noun of a draft's speaker mention, lower case: its last word before a modifier ({@code een woordvoerder van de NS}). */
  private String headOf(QuoteDraft o) {
    return p.lower(table.head(o.speakerStart, o.speakerEnd));
  }




  /** Whether a resolved speaker can be what a personal pronoun refers to: not a named organisation or place. */
  private boolean personLike(Speaker s) {
    return s != null && (s.entity().isEmpty() || p.a.entities().get(s.entity().getAsInt()).label() == EntityType.PER);
  }

  /**
   * What a pronoun speaker refers to: a person mentioned after the previous speaker's quote (the
   * first person of the nearest sentence that names one, outside quotes), else the previous speaker
   * of the same section (for {@code hij}, {@code ze}: one that can be a person), else the last
   * person mentioned in the section.
   */
  private Speaker antecedent(QuoteDraft d) {
    return antecedent(d, DutchWords.personPronouns().contains(p.lower(d.speakerStart)));
  }

  /** Who a person's title without a titled name refers to: as a personal pronoun there would. */
  private Speaker personAntecedent(QuoteDraft d) {
    return antecedent(d, true);
  }

  private Speaker antecedent(QuoteDraft d, boolean personal) {
    Speaker best = null;
    int bestAt = -1;
    char sex = isPronounMention(d) ? PersonTable.pronounSex(p.lower(d.speakerStart)) : '?';
    for (int i = order.indexOf(d) - 1; i >= Math.max(0, order.indexOf(d) - WINDOW) && best == null; i--) { // the nearest earlier speaker that qualifies
      QuoteDraft o = drafts.get(i);
      if (o.section != d.section && o.section < d.section) {
        break; // stories follow each other: nothing earlier is in this one
      }
      if (o.contentBegin >= d.contentBegin && o.sentence >= d.sentence || order.nested(o) || o.section != d.section) {
        continue; // nested: "… dat de oppositie zegt: …" inside a quote is no speaker of the article
      }
      if (o.speakerStart >= 0 && DutchWords.possessives().contains(p.lower(o.speakerStart))) {
        continue; // "haar werkgever, die stelt dat …": not who "ze" is
      }
      if (o.kind != Quote.Kind.HEADLINE && o.speakerStart >= 0 && !isPronounMention(o)) {
        resolve(o);
        if ((!personal || personLike(o.resolved)) && PersonTable.agrees(sex, table.sexOf(o.resolved))) {
          best = o.resolved;
          bestAt = Math.max(o.contentEnd, p.toks.get(o.speakerEnd - 1).end());
        }
      } else if (o.resolved != null && o.resolved.name() != null && (!personal || personLike(o.resolved))
          && PersonTable.agrees(sex, table.sexOf(o.inheritFrom != null && o.inheritFrom.resolved != null ? o.inheritFrom.resolved : o.resolved))) {
        best = o.resolved;
        bestAt = Math.max(o.contentEnd, o.speakerEnd > 0 ? p.toks.get(o.speakerEnd - 1).end() : 0);
      }
    }
    Mention recent = recentPerson(d, sex);
    if (recent != null && recent.span().begin() >= bestAt) {
      return named(recent);
    }
    if (best != null) {
      return best;
    }
    for (int i = personsBefore(p.toks.get(d.speakerStart).begin()), n = 0; i >= 0 && n < WINDOW; i--, n++) {
      Mention person = persons.get(i);
      if (storyOfSentence[person.sentence()] != d.section) {
        return null;
      }
      if (PersonTable.agrees(sex, table.sexOf(person))) {
        return named(person);
      }
    }
    return null;
  }

  /**
   * The person named as the subject of a sentence between the previous quote of the section and
   * this one, outside quotes, nearest first ({@code Daar is Cohen het niet mee eens.}); null when
   * none. A person named as an object ({@code roept de Kamer Visser op het matje}) is not one.
   */
  private Mention subjectSinceLastQuote(QuoteDraft d) {
    int bound = 0;
    for (int i = order.indexOf(d) - 1; i >= 0; i--) { // the previous quote of the section, and where its attribution ends
      QuoteDraft o = drafts.get(i);
      if (o.section == d.section && o.contentBegin < d.contentBegin) {
        bound = Math.max(o.contentEnd, o.speakerEnd > 0 ? p.toks.get(o.speakerEnd - 1).end() : 0);
        break;
      }
      if (o.section < d.section) {
        break;
      }
    }
    for (int i = personsBefore(d.contentBegin); i >= 0; i--) {
      Mention m = persons.get(i);
      if (m.span().begin() < bound || storyOfSentence[m.sentence()] != d.section) {
        return null;
      }
      if (!order.insideQuote(m) && isSubject(m) && opensParagraph(m.sentence())) {
        return m;
      }
    }
    return null;
  }

  /** Whether sentence {@code si} opens its paragraph: a new speaker is introduced there, not mid-paragraph between quotes. */
  private boolean opensParagraph(int si) {
    int first = p.a.sentences().get(si).tokens().start();
    return first == 0 || nl.verrijk.text.Chars.hasLineBreak(p.toks.get(first - 1).whitespaceAfter());
  }

  /** Whether a mention's words include the active subject of its sentence's parse. */
  private boolean isSubject(Mention m) {
    for (int k = m.tokens().start(); k < m.tokens().end(); k++) {
      String rel = p.toks.get(k).deprel();
      if ("nsubj".equals(rel)) { // not nsubj:pass: "wordt Dries Van Langenhove buitenspel gezet" introduces no speaker
        return true;
      }
    }
    return false;
  }

  private Speaker named(Mention person) {
    Entity e = p.entityOf(person).orElse(null);
    return new Speaker(person, Speaker.Type.NAME, e == null ? person.text() : e.name(), entityIndex(e),
        null);
  }

  /**
   * The first person mention, outside every quote's content, of the nearest sentence before the
   * pronoun (or its own sentence, before it) in the same section that names a person; null when
   * the section has none.
   */
  private Mention recentPerson(QuoteDraft d, char sex) {
    Mention found = null;
    for (int i = personsBefore(p.toks.get(d.speakerStart).begin()), n = 0; i >= 0 && n < WINDOW; i--, n++) {
      Mention m = persons.get(i);
      if (storyOfSentence[m.sentence()] != d.section || found != null && m.sentence() != found.sentence()) {
        break; // sections are contiguous: nothing earlier is in this one
      }
      if (!order.insideQuote(m) && PersonTable.agrees(sex, table.sexOf(m))) {
        found = m;
      }
    }
    return found;
  }

  /** The index of the last person mention that begins before {@code offset}, or -1. */
  private int personsBefore(int offset) {
    return Phrases.firstFrom(persons, m -> m.span().begin(), offset) - 1;
  }

  /** The index of an entity, empty for none. */
  private static OptionalInt entityIndex(Entity e) {
    return e == null ? OptionalInt.empty() : OptionalInt.of(e.index());
  }
}
