package nl.verrijk.ner;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import nl.verrijk.lang.DutchWords;
import nl.verrijk.model.Article;
import nl.verrijk.model.CharSpan;
import nl.verrijk.model.Mention;
import nl.verrijk.model.Token;
import nl.verrijk.model.TokenRange;

/**
 * Rules that mend the recognizer's mention boundaries where Dutch names fool it, applied in order
 * to the mentions of a whole article (text order in, text order out).
 */
final class MentionRules {

  /** A rule over the mentions of an article. */
  interface MentionRule {
    /** The rule's name. */
    String name();

    /** The mentions after the rule, in text order. */
    List<Mention> apply(Article article, List<Mention> mentions);
  }

  /** Every rule, in order. */
  static final ImmutableList<MentionRule> ORDER = ImmutableList.of(new SplitTrailingPerson());

  private MentionRules() {}

  /** Applies every rule in order. */
  static List<Mention> apply(Article article, List<Mention> mentions) {
    List<Mention> out = mentions;
    for (MentionRule r : ORDER) {
      out = r.apply(article, out);
    }
    return out;
  }

  private static Mention mention(Article a, String label, int from, int to, int sentence, double confidence) {
    CharSpan span = new CharSpan(a.tokens().get(from).begin(), a.tokens().get(to - 1).end());
    return new Mention(label, span, new TokenRange(from, to), sentence, a.text(span), confidence);
  }

  private static boolean capitalised(Token t) {
    return !t.text().isEmpty() && Character.isUpperCase(t.text().codePointAt(0));
  }

  /**
   * A place or organisation that runs into a person's name ({@code Gelderland-Midden Allard
   * Schimmel}, after a role): split where a known first name starts its last two words and the
   * last is a name (not {@code Sint Maarten Ziekenhuis}).
   */
  static final class SplitTrailingPerson implements MentionRule {
    /** Words before a first name that make it a saint's name, part of the place or institution. */
    private static final java.util.Set<String> SAINTS = java.util.Set.of("Sint", "St.", "Sint-", "San", "Santa", "Saint");

    @Override
    public String name() {
      return "split-trailing-person";
    }

    /** A name form in the lexicon, or a word the lexicon does not know in lower case either ({@code Dermagne}). */
    private static boolean isSurname(NameLexicon lexicon, String w) {
      return (lexicon.classes(w) & NameLexicon.NAMES) != 0 || lexicon.classes(w.toLowerCase(java.util.Locale.ROOT)) == 0;
    }

    /** A known first name, or two joined by a hyphen ({@code Pierre-Yves}). */
    private static boolean isFirstName(NameLexicon lexicon, String w) {
      if ((lexicon.classes(w) & NameLexicon.FST) != 0) {
        return true;
      }
      int dash = w.indexOf('-');
      return dash > 0 && dash == w.lastIndexOf('-') && (lexicon.classes(w.substring(0, dash)) & NameLexicon.FST) != 0
          && (lexicon.classes(w.substring(dash + 1)) & NameLexicon.FST) != 0;
    }

    @Override
    public List<Mention> apply(Article a, List<Mention> mentions) {
      List<Mention> out = new ArrayList<>(mentions.size());
      NameLexicon lexicon = NameRecognizer.lexicon();
      for (Mention m : mentions) {
        TokenRange r = m.tokens();
        int first = r.end() - 2;
        if (!m.label().equals("PER") && r.size() >= 3 && capitalised(a.tokens().get(r.end() - 1))
            && isFirstName(lexicon, a.tokens().get(first).text())
            && isSurname(lexicon, a.tokens().get(r.end() - 1).text())
            && !DutchWords.nameLinks().contains(a.tokens().get(first - 1).text())
            && !SAINTS.contains(a.tokens().get(first - 1).text())) {
          out.add(mention(a, m.label(), r.start(), first, m.sentence(), m.confidence()));
          out.add(mention(a, "PER", first, r.end(), m.sentence(), m.confidence()));
        } else {
          out.add(m);
        }
      }
      return out;
    }
  }
}
