package nl.verrijk.quote;

import java.util.Locale;
import nl.verrijk.lang.DutchWords;
import nl.verrijk.lang.NameLists;
import nl.verrijk.model.Mention;

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
}
