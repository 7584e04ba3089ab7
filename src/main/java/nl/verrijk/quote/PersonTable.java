package nl.verrijk.quote;

import nl.verrijk.lang.DutchWords;
import nl.verrijk.model.Entity;
import nl.verrijk.model.Mention;
import nl.verrijk.model.Speaker;

/**
 * The article's table of persons as the speaker resolver needs it: the sex of each person entity,
 * from the first names ({@code lang/first-names.tsv}) and forms of address ({@code
 * lang/forms-of-address.tsv}) its mentions carry, and the sex and number a pronoun asks. Sexes are
 * {@code M}, {@code F}, {@code ?} (unknown) and {@code P} (a plural description). Not shared.
 */
final class PersonTable {

  private final Phrases p;
  /** The sex of each entity once asked: M, F, ? (unknown), 0 (not yet asked). */
  private char[] sexes;

  /** The head of the noun phrase {@code [from, to)}: its last word before a modifier ({@code een woordvoerder van de NS}). */
  int head(int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (DutchWords.speakerPrepositions().contains(p.lower(k))) {
        return k - 1;
      }
    }
    return to - 1;
  }

  /** The table of one article's persons, filled as it is asked. */
  PersonTable(Phrases p) {
    this.p = p;
  }

  /** The sex a pronoun asks of what it refers to: M for hij/hem, F for zij/ze/haar (which may also be plural), ? for any. */
  static char pronounSex(String pronoun) {
    switch (pronoun) {
      case "hij": case "hem": return 'M';
      case "zij": case "ze": case "haar": return 'F';
      default: return '?';
    }
  }

  /** Whether a pronoun's sex and a candidate's agree: equal, or either unknown. */
  static boolean agrees(char pronoun, char candidate) {
    return pronoun == '?' || candidate == '?' || pronoun == candidate || pronoun == 'F' && candidate == 'P';
  }

  /**
   * The sex of a resolved speaker's person entity, '?' when not known; 'P' for a plural description
   * ({@code De ondertekenaars van de motie}), which no singular pronoun takes.
   */
  char sexOf(Speaker s) {
    if (s != null && s.entity().isEmpty() && s.mention() != null && plural(s.mention())) {
      return 'P';
    }
    return s == null || s.entity().isEmpty() ? '?' : sexOfEntity(s.entity().getAsInt());
  }

  /** Whether a description's head noun is plural (Alpino's {@code mv}): its last word before a modifier. */
  private boolean plural(Mention m) {
    int head = head(m.tokens().start(), m.tokens().end());
    String xpos = p.toks.get(head).xpos();
    return xpos != null && xpos.startsWith("N|") && xpos.contains("|mv|");
  }

  /** The sex of a person mention's entity, '?' when not known. */
  char sexOf(Mention m) {
    Entity e = p.entityOf(m).orElse(null);
    return e == null ? sexOfMention(m) : sexOfEntity(e.index());
  }

  /**
   * The sex of a person entity from the article's table of persons: the first names and forms of
   * address its mentions carry ({@code Annelies Verlinden}, {@code mevrouw Jansen}); '?' when they
   * give none or disagree.
   */
  private char sexOfEntity(int entity) {
    if (sexes == null) {
      sexes = new char[p.a.entities().size()];
    }
    if (sexes[entity] == 0) {
      Entity e = p.a.entities().get(entity);
      char sex = '?';
      for (int index : e.mentions()) {
        char s = sexOfMention(p.a.mentions().get(index));
        if (s != '?') {
          if (sex != '?' && sex != s) {
            sex = 'U';
            break;
          }
          sex = s;
        }
      }
      sexes[entity] = sex == 'U' ? '?' : sex;
    }
    return sexes[entity];
  }

  /** The sex one person mention gives: its first word's first name (before a hyphen), or a form of address before it. */
  private char sexOfMention(Mention m) {
    int first = m.tokens().start();
    if (first > 0) {
      Character address = DutchWords.formsOfAddress().get(p.lower(first - 1));
      if (address != null) {
        return address;
      }
    }
    if (m.tokens().size() < 2) {
      return '?'; // a surname alone says nothing
    }
    String word = p.toks.get(first).text();
    int dash = word.indexOf('-');
    Character sex = DutchWords.firstNameSexes().get(word);
    if (sex == null && dash > 0) {
      sex = DutchWords.firstNameSexes().get(word.substring(0, dash));
    }
    return sex == null || sex == 'U' ? '?' : sex;
  }
}
