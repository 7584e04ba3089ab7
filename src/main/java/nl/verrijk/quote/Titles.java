package nl.verrijk.quote;

import java.util.Locale;
import nl.verrijk.lang.DutchWords;
import nl.verrijk.lang.NameLists;
import nl.verrijk.model.Mention;
import nl.verrijk.model.Upos;

/** How speaker descriptions name: persons' titles and their synonyms, organisations by the head of their name. */
final class Titles {

  private Titles() {}

  /** Whether a word is a person's title or ends in one ({@code politiechef}, {@code bondscoach}, {@code PS-politicus}). */
  static boolean isPersonTitle(String w) {
    return DutchWords.personTitles().contains(w)
        || DutchWords.personTitles().stream().anyMatch(t -> t.length() >= 4 && w.endsWith(t));
  }

  /** Whether a word is the title {@code head} or one it stands for ({@code lang/title-synonyms.tsv}). */
  static boolean same(String word, String head) {
    return word.endsWith(head) || DutchWords.titleSynonyms().get(head).stream().anyMatch(word::endsWith);
  }

  /**
   * Whether a description with this head names the organisation {@code m}: its name opens with the
   * head ({@code het verbond} for {@code Verbond van Verzekeraars}, {@code de stichting} for {@code
   * Stichting Natuur en Milieu}), or the head describes an organisation of its kind ({@code het
   * bedrijf}: any; {@code de nieuwssite}: a listed medium, as Apache; {@code de spoorvervoerder}: a listed
   * company, as NS), which the caller takes as the nearest one named before.
   */
  static boolean namesOrganisation(Mention m, String head) {
    if (!m.label().equals("ORG")) {
      return false;
    }
    if (head.length() >= 4 && m.text().toLowerCase(Locale.ROOT).startsWith(head + " ")) {
      return true;
    }
    var kinds = DutchWords.organisationKinds(head);
    return kinds.contains("*") || kinds.stream().anyMatch(NameLists.kindsOf(m.text())::contains);
  }

  /**
   * Whether the text opened a person's name with a role ending in {@code head}: right before it
   * ({@code burgemeester Hubert Bruls}), or before a portfolio or affiliation of link words and
   * capitalised words ({@code minister van Onderwijs Mariëlle Paul}, {@code voorzitter van de AOb
   * Thijs Roovers}), at most five words back; or, for a person, in apposition after it ({@code Jacques
   * Vandermeiren, gedelegeerd bestuurder van ...}).
   */
  static boolean titledAs(Phrases p, Mention m, String head) {
    int after = m.tokens().end();
    for (int k = after + 1; m.label().equals("PER") && after < p.toks.size() && p.isComma(after) && k < Math.min(p.toks.size(), after + 5); k++) {
      if (same(p.lower(k), head)) {
        return true; // "Jacques Vandermeiren, gedelegeerd bestuurder van ...": a title in apposition
      }
      if (p.isComma(k) || p.upos(k) == Upos.PROPN || p.upos(k) == Upos.AUX || p.upos(k) == Upos.VERB && !p.lower(k).endsWith("d")) {
        break;
      }
    }
    for (int k = m.tokens().start() - 1, n = 0; k >= 0 && n < 5; k--, n++) {
      String w = p.lower(k);
      if (same(w, head)) {
        return true;
      }
      if (w.equals("van") && !m.label().equals("PER")) {
        return false; // "bestuurder van het Havenbedrijf": the body a person works for holds no title
      }
      String form = p.toks.get(k).text();
      if (!DutchWords.nameLinks().contains(w) && !Character.isUpperCase(form.codePointAt(0))) {
        return false;
      }
    }
    return false;
  }
}
