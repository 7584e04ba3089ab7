package nl.verrijk.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.verrijk.model.Article;
import nl.verrijk.model.CharSpan;
import nl.verrijk.model.Mention;
import nl.verrijk.model.TokenRange;
import org.junit.jupiter.api.Test;

class MentionRulesTest {

  private static Mention mention(Article a, String label, int from, int to) {
    CharSpan span = new CharSpan(a.tokens().get(from).begin(), a.tokens().get(to - 1).end());
    return new Mention(label, span, new TokenRange(from, to), 0, a.text(span), 0.9);
  }

  @Test
  void aPlaceRunningIntoAPersonIsSplitAtTheFirstName() {
    Article a = Article.builder("Woordvoerder in Gelderland-Midden Allard Schimmel zegt dat.")
        .sentence("Woordvoerder", "in", "Gelderland-Midden", "Allard", "Schimmel", "zegt", "dat", ".").build();
    List<Mention> out = new MentionRules.SplitTrailingPerson().apply(a, List.of(mention(a, "LOC", 2, 5)));
    assertThat(out).extracting(Mention::text, Mention::label)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Gelderland-Midden", "LOC"),
            org.assertj.core.groups.Tuple.tuple("Allard Schimmel", "PER"));
  }

  @Test
  void aHyphenatedFirstNameCounts() {
    Article a = Article.builder("minister van Economie Pierre-Yves Dermagne zegt")
        .sentence("minister", "van", "Economie", "Pierre-Yves", "Dermagne", "zegt").build();
    assertThat(new MentionRules.SplitTrailingPerson().apply(a, List.of(mention(a, "ORG", 2, 5))))
        .extracting(Mention::text).containsExactly("Economie", "Pierre-Yves Dermagne");
  }

  @Test
  void namesThatAreNotAPlaceAndAPersonStayWhole() {
    Article a = Article.builder("De Universiteit van Amsterdam Jan Fonds en Sint Maarten Ziekenhuis.")
        .sentence("De", "Universiteit", "van", "Amsterdam", "Jan", "Fonds", "en", "Sint", "Maarten", "Ziekenhuis", ".")
        .build();
    List<Mention> in = List.of(mention(a, "ORG", 1, 4), mention(a, "ORG", 7, 10));
    assertThat(new MentionRules.SplitTrailingPerson().apply(a, in)).isEqualTo(in);
    List<Mention> person = List.of(mention(a, "PER", 3, 6));
    assertThat(new MentionRules.SplitTrailingPerson().apply(a, person)).as("persons are left alone").isEqualTo(person);
  }

  @Test
  void aPortfolioIsPartOfTheTitleWithTheNamesJoinedToIt() {
    Article a = Article.builder("De minister van Werk en Economie Pierre-Yves Dermagne en de schepen van Gent zeggen")
        .sentence("De", "minister", "van", "Werk", "en", "Economie", "Pierre-Yves", "Dermagne", "en", "de",
            "schepen", "van", "Gent", "zeggen").build();
    List<Mention> in = List.of(mention(a, "LOC", 3, 4), mention(a, "ORG", 5, 6), mention(a, "PER", 6, 8),
        mention(a, "LOC", 12, 13));
    assertThat(new MentionRules.PortfolioOfTitle().apply(a, in)).extracting(Mention::text)
        .as("a place after the title stays").containsExactly("Pierre-Yves Dermagne", "Gent");
  }

  @Test
  void aMinistryIsOneOrganisationWithItsPortfolio() {
    Article a = Article.builder("het ministerie van Financiën meldt").sentence("het", "ministerie", "van", "Financiën",
        "meldt").build();
    assertThat(new MentionRules.MinistryName().apply(a, List.of(mention(a, "MISC", 3, 4))))
        .extracting(Mention::text, Mention::label)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ministerie van Financiën", "ORG"));
  }

  @Test
  void aListOfCapitalisedCommonWordsIsAListOfPortfolios() {
    Article a = Article.builder("Hij krijgt Mobiliteit, Onderwijs en Natuur; Jan, Piet en Klaas lachen")
        .sentence("Hij", "krijgt", "Mobiliteit", ",", "Onderwijs", "en", "Natuur", ";", "Jan", ",", "Piet", "en",
            "Klaas", "lachen").build();
    List<Mention> in = List.of(mention(a, "ORG", 2, 3), mention(a, "LOC", 4, 5), mention(a, "MISC", 6, 7),
        mention(a, "PER", 8, 9), mention(a, "PER", 10, 11), mention(a, "PER", 12, 13));
    assertThat(new MentionRules.PortfolioList().apply(a, in)).extracting(Mention::text)
        .containsExactly("Jan", "Piet", "Klaas");
    List<Mention> joined = List.of(mention(a, "ORG", 2, 5), mention(a, "MISC", 6, 7));
    assertThat(new MentionRules.PortfolioList().apply(a, joined)).as("items inside one mention count too").isEmpty();
  }
}
