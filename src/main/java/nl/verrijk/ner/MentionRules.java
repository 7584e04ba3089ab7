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
import nl.verrijk.pipeline.NamedRule;

/**
 * Rules that mend the recognizer's mention boundaries where Dutch names fool it, applied in order
 * to the mentions of a whole article (text order in, text order out).
 */
final class MentionRules {

  /** A rule over the mentions of an article. */
  abstract static class MentionRule extends NamedRule {
    MentionRule(String name) {
      super(name);
    }

    /** The mentions after the rule, in text order. */
    abstract List<Mention> apply(Article article, List<Mention> mentions);
  }

  /** Every rule, in order. */
  static final ImmutableList<MentionRule> ORDER = ImmutableList.of(new SplitTrailingPerson(),
      new PortfolioOfTitle(), new PortfolioList(), new MinistryName());

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
  static final class SplitTrailingPerson extends MentionRule {
    /** Words before a first name that make it a saint's name, part of the place or institution. */
    private static final java.util.Set<String> SAINTS = java.util.Set.of("Sint", "St.", "Sint-", "San", "Santa", "Saint");

    SplitTrailingPerson() {
      super("split-trailing-person");
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
    List<Mention> apply(Article a, List<Mention> mentions) {
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

  private static String lower(Article a, int token) {
    return token < 0 || token >= a.tokens().size() ? "" : a.tokens().get(token).text().toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether the lexicon or the name lists know the mention as a place ({@code schepen van Gent}). */
  private static boolean knownPlace(Article a, Mention m) {
    NameLexicon lexicon = NameRecognizer.lexicon();
    if (m.tokens().size() == 1 && (lexicon.classes(m.text()) & (NameLexicon.PTS | NameLexicon.LND | NameLexicon.RGN)) != 0
        && (lexicon.classes(m.text().toLowerCase(java.util.Locale.ROOT)) & ~NameLexicon.NAMES) == 0) {
      return true; // a place the lexicon knows that is no common word (Werk is one, but werk is a noun)
    }
    List<String> words = new ArrayList<>(m.tokens().size());
    for (int t = m.tokens().start(); t < m.tokens().end(); t++) {
      words.add(a.tokens().get(t).text());
    }
    Gazetteer.Known k = Gazetteer.shared().lookup(words, 0, words.size());
    return k != null && k.types().contains("LOC");
  }

  /**
   * A portfolio is part of a title, not an entity, in the article convention of the gold set:
   * {@code minister van Werk en Economie}, {@code schepen voor Openbare Werken}; the names joined to
   * it by {@code en} or a comma go with it. A place after the title stays ({@code schepen van Gent}).
   */
  static final class PortfolioOfTitle extends MentionRule {
    PortfolioOfTitle() {
      super("portfolio-of-title");
    }

    @Override
    List<Mention> apply(Article a, List<Mention> mentions) {
      List<Mention> out = new ArrayList<>(mentions.size());
      int portfolioEnd = -1;
      for (Mention m : mentions) {
        int b = m.tokens().start();
        String link = lower(a, b - 1);
        boolean afterTitle = (link.equals("van") || link.equals("voor"))
            && DutchWords.portfolioTitles().contains(lower(a, b - 2));
        boolean joined = portfolioEnd >= 0 && (portfolioEnd == b - 1 && (link.equals("en") || link.equals(",")));
        if ((afterTitle || joined) && !m.label().equals("PER") && !knownPlace(a, m)) {
          portfolioEnd = m.tokens().end();
          continue;
        }
        portfolioEnd = -1;
        out.add(m);
      }
      return out;
    }
  }

  /** A ministry is one organisation with its portfolio: {@code het ministerie van Financiën}. */
  static final class MinistryName extends MentionRule {
    private static final java.util.Set<String> MINISTRY = java.util.Set.of("ministerie", "departement");

    MinistryName() {
      super("ministry-name");
    }

    @Override
    List<Mention> apply(Article a, List<Mention> mentions) {
      List<Mention> out = new ArrayList<>(mentions.size());
      for (Mention m : mentions) {
        int b = m.tokens().start();
        if (lower(a, b - 1).equals("van") && MINISTRY.contains(lower(a, b - 2)) && !knownPlace(a, m)
            && a.sentenceOf(b - 2) == m.sentence()) {
          out.add(mention(a, "ORG", b - 2, m.tokens().end(), m.sentence(), m.confidence()));
        } else {
          out.add(m);
        }
      }
      return out;
    }
  }

  /**
   * A list of three or more capitalised common words joined by commas and {@code en} inside a
   * sentence is a list of portfolios ({@code Mobiliteit, Onderwijs, Milieu en Natuur}), none a name:
   * every word of each is a common Dutch word in lower case, none a person's name the lexicon knows.
   */
  static final class PortfolioList extends MentionRule {
    PortfolioList() {
      super("portfolio-list");
    }

    private static boolean link(Article a, int token) {
      String l = lower(a, token);
      return l.equals(",") || l.equals("en");
    }

    /** Whether tokens {@code [from, to)} are capitalised common words, none a person's name. */
    private static boolean commonWords(Article a, int from, int to) {
      NameLexicon lexicon = NameRecognizer.lexicon();
      for (int t = from; t < to; t++) {
        String w = a.tokens().get(t).text();
        if ((lexicon.classes(w) & (NameLexicon.FST | NameLexicon.LST)) != 0
            || (lexicon.classes(w.toLowerCase(java.util.Locale.ROOT)) & (NameLexicon.ZNW | NameLexicon.BNW)) == 0) {
          return false;
        }
      }
      return from < to && Character.isUpperCase(a.tokens().get(from).text().codePointAt(0));
    }

    /** The items of a mention: its token runs between commas and {@code en} ({@code Landbouw en Platteland}). */
    private static int items(Article a, Mention m) {
      int n = 1;
      for (int t = m.tokens().start(); t < m.tokens().end(); t++) {
        if (link(a, t)) {
          n++;
        }
      }
      return n;
    }

    private static boolean allCommon(Article a, Mention m) {
      int from = m.tokens().start();
      for (int t = m.tokens().start(); t <= m.tokens().end(); t++) {
        if (t == m.tokens().end() || link(a, t)) {
          if (!commonWords(a, from, t)) {
            return false;
          }
          from = t + 1;
        }
      }
      return true;
    }

    @Override
    List<Mention> apply(Article a, List<Mention> mentions) {
      List<Mention> out = new ArrayList<>(mentions.size());
      int i = 0;
      while (i < mentions.size()) {
        int j = i + 1;
        while (j < mentions.size() && mentions.get(j).sentence() == mentions.get(i).sentence()
            && mentions.get(j).tokens().start() == mentions.get(j - 1).tokens().end() + 1
            && link(a, mentions.get(j).tokens().start() - 1)) {
          j++;
        }
        int count = 0;
        boolean list = mentions.get(i).tokens().start() > a.sentences().get(mentions.get(i).sentence()).tokens().start();
        for (int k = i; k < j && list; k++) {
          count += items(a, mentions.get(k));
          list = allCommon(a, mentions.get(k));
        }
        if (!list || count < 3) {
          out.addAll(mentions.subList(i, j));
        }
        i = j;
      }
      return out;
    }
  }

}
