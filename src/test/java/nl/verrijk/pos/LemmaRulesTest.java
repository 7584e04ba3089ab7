package nl.verrijk.pos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.verrijk.lexicon.DutchLexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each lemmatizer step on a hand-picked word, with a hand-built model (a two-entry form table, one
 * suffix rule, no trained weights) over the lexicon: the whole chain gives the expected lemma, and
 * the chain without that step does not.
 */
class LemmaRulesTest {

  private static final LemmaModel MODEL = new LemmaModel(Map.of("flurbs\tNOUN", "flurb"), Map.of(), Set.of(),
      Set.of("af", "op"), Map.of("ADJ\tse", "1\t"), DutchLexicon.shared(), true, Map.of(), Set.of(),
      Map.of());

  private static String lemma(List<LemmaRules.LemmaRule> chain, String form, String upos) {
    return LemmaRules.apply(chain, MODEL, new LemmaRules.Word(form, form.toLowerCase(Locale.ROOT), upos));
  }

  @Test
  void theChainStandsInOrder() {
    assertThat(LemmaRules.ORDER).extracting(LemmaRules.LemmaRule::name).containsExactly("form-table",
        "closed-class-forms", "non-words", "hyphenated-compounds", "lexicon",
        "negated-participles", "compound-heads", "name-adjectives", "suffix-rules");
    assertThat(LemmaRules.ORDER).endsWith(LemmaRules.WORD_STEPS.toArray(LemmaRules.LemmaRule[]::new));
  }

  @ParameterizedTest(name = "{3}: {0}/{1} gives {2}")
  @CsvSource(delimiter = '|', value = {
    "flurbs|NOUN|flurb|form-table",
    "Vijf|NUM|Vijf|closed-class-forms",
    "Info@Verrijk.nl|NOUN|Info@Verrijk.nl|non-words",
    "Vlaams-Belang-kamerlid|NOUN|Vlaams_Belang_kamerlid|hyphenated-compounds",
    "muizen|NOUN|muis|lexicon",
    "NIJMEGEN|PROPN|Nijmegen|lexicon",
    "ongeschonden|VERB|on_schenden|negated-participles",
    "flurbhuizen|NOUN|flurbhuis|compound-heads",
    "Flurbse|ADJ|Flurbs|name-adjectives",
    "flurbse|ADJ|flurbs|suffix-rules",
  })
  void eachStepDecidesItsWord(String form, String upos, String expected, String step) {
    assertThat(lemma(LemmaRules.ORDER, form, upos)).isEqualTo(expected);
    List<LemmaRules.LemmaRule> without = LemmaRules.ORDER.stream().filter(r -> !r.name().equals(step)).toList();
    assertThat(without).hasSize(LemmaRules.ORDER.size() - 1);
    assertThat(lemma(without, form, upos)).isNotEqualTo(expected);
  }

  @Test
  void theModelFallsBackToTheFormWhenTheChainGivesNothing() {
    TokenInfo t = new PosFeatures(DutchLexicon.shared()).analyse("Flurbse");
    assertThat(MODEL.lemmatize(t, "ADJ", null)).isEqualTo("Flurbs");
  }
}
