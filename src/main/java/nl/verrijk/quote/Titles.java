package nl.verrijk.quote;

import java.util.Locale;
import nl.verrijk.lang.DutchWords;
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
   * Stichting Natuur en Milieu}), or the head describes any organisation ({@code het bedrijf}, {@code
   * de onderneming}), which the caller takes as the nearest one named before.
   */
  static boolean namesOrganisation(Mention m, String head) {
    String name = m.text().toLowerCase(Locale.ROOT);
    return m.label().equals("ORG") && (head.length() >= 4 && name.startsWith(head + " ")
        || DutchWords.organisationNouns().contains(head));
  }
}
