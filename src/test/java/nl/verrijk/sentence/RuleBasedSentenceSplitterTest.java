package nl.verrijk.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.verrijk.Shared;
import nl.verrijk.Verrijk;
import nl.verrijk.model.Article;
import org.junit.jupiter.api.Test;

class RuleBasedSentenceSplitterTest {

  private static List<String> sentences(String text) {
    Article a = Verrijk.enrich(text);
    return a.sentences().stream().map(a::text).toList();
  }

  @Test
  void abbreviationsAndInitialsDoNotEndSentences() {
    assertThat(sentences("Dat zei o.a. dr. J.P. Balkenende gisteren. Hij kwam om 14.30 uur aan."))
        .containsExactly("Dat zei o.a. dr. J.P. Balkenende gisteren.", "Hij kwam om 14.30 uur aan.");
  }

  @Test
  void abbreviationsThatCanEndASentenceDoSoBeforeACapital() {
    assertThat(sentences("Appels, peren enz. Daarna kwam de rest."))
        .containsExactly("Appels, peren enz.", "Daarna kwam de rest.");
  }

  @Test
  void aSentenceEndingInsideAClosingQuoteKeepsTheQuote() {
    assertThat(sentences("Hij zei: \"Het mag niet zo zijn.\" Daarna vertrok hij. „Nooit!” Zij lachte."))
        .containsExactly("Hij zei: \"Het mag niet zo zijn.\"", "Daarna vertrok hij.", "„Nooit!”", "Zij lachte.");
  }

  @Test
  void aQuestionInsideAQuoteFollowedByTheCueIsOneSentence() {
    assertThat(sentences("\"Waarom niet?\" vroeg hij zich af. Niemand wist het."))
        .containsExactly("\"Waarom niet?\" vroeg hij zich af.", "Niemand wist het.");
  }

  @Test
  void headlinesAndLinesWithoutFinalPunctuationAreSentences() {
    assertThat(sentences("Kabinet valt over stikstof\nDEN HAAG (ANP) - Het kabinet is gevallen.\nMeer uit Binnenland\n"))
        .containsExactly("Kabinet valt over stikstof", "DEN HAAG (ANP) - Het kabinet is gevallen.", "Meer uit Binnenland");
  }

  @Test
  void aWrappedLineThatContinuesInLowerCaseIsNotABreak() {
    assertThat(sentences("Het kabinet heeft besloten\nom de belasting te verlagen. Goed nieuws."))
        .containsExactly("Het kabinet heeft besloten\nom de belasting te verlagen.", "Goed nieuws.");
  }

  @Test
  void gluedPageTextStartsANewSentenceAtTheDateline() {
    assertThat(sentences("Het is voorbij.\n2 uur geledenBRUSSEL (ANP) - Volgens de EU is het klaar."))
        .containsExactly("Het is voorbij.", "2 uur geleden", "BRUSSEL (ANP) - Volgens de EU is het klaar.");
  }

  @Test
  void ellipsisFollowedByLowerCaseContinues() {
    assertThat(sentences("Hij wachtte... en wachtte. Toen ging hij."))
        .containsExactly("Hij wachtte... en wachtte.", "Toen ging hij.");
  }

  @Test
  void exampleArticleDatelinesOpenTheirSentences() {
    Article a = Verrijk.enrich(Shared.exampleArticle());
    List<String> s = a.sentences().stream().map(a::text).toList();
    assertThat(s.get(0)).isEqualTo("Kremlin: aanvallers Belgorod gebruikten westers wapentuig");
    assertThat(s.get(1)).startsWith("MOSKOU (ANP/RTR) - Het Kremlin zegt dat");
    assertThat(s).contains("Meer uit Buitenland", "4 uur geleden");
    assertThat(s).anyMatch(x -> x.startsWith("DAMASCUS (ANP/AFP) - Ruim 134.000 mensen"));
    assertThat(s).filteredOn(x -> x.matches("[A-Z]+ \\((ANP|ANP/RTR|ANP/AFP)\\) - .*")).hasSize(8);
    assertThat(s).contains("\"En het is voor ons geen geheim dat de directe en indirecte betrokkenheid van "
        + "westerse landen bij dit conflict met de dag toeneemt\", aldus een woordvoerder.");
    assertThat(s).noneMatch(x -> x.equals("MOSKOU (ANP/RTR) -"));
  }
}
