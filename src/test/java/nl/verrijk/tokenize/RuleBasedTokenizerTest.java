package nl.verrijk.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.verrijk.Shared;
import nl.verrijk.model.CharSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleBasedTokenizerTest {

  private static List<String> tokens(String text) {
    return RuleBasedTokenizer.instance().tokenize(text).stream().map(s -> s.of(text)).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      zeker 134.803 personen                 | zeker ¦ 134.803 ¦ personen
      2,5 procent en 1.000.000 euro          | 2,5 ¦ procent ¦ en ¦ 1.000.000 ¦ euro
      groei van 5% of 12,5%.                 | groei ¦ van ¦ 5% ¦ of ¦ 12,5% ¦ .
      op 1 februari om 14.30 uur             | op ¦ 1 ¦ februari ¦ om ¦ 14.30 ¦ uur
      om 14:30 op 03-05-2024                 | om ¦ 14:30 ¦ op ¦ 03-05-2024
      pro-Oekraïense EU-buitenlandchef       | pro-Oekraïense ¦ EU-buitenlandchef
      het Vrijheid van Rusland-legioen.      | het ¦ Vrijheid ¦ van ¦ Rusland-legioen ¦ .
      16- en 17-jarige                       | 16- ¦ en ¦ 17-jarige
      auto's, oma's en opa's                 | auto's ¦ , ¦ oma's ¦ en ¦ opa's
      zo'n huis                              | zo'n ¦ huis
      't is 's morgens koud                  | 't ¦ is ¦ 's ¦ morgens ¦ koud
      naar 's-Hertogenbosch.                 | naar ¦ 's-Hertogenbosch ¦ .
      Maddens: ‘N-VA moet’                   | Maddens ¦ : ¦ ‘ ¦ N-VA ¦ moet ¦ ’
      o.a. dit, d.w.z. dat                   | o.a. ¦ dit ¦ , ¦ d.w.z. ¦ dat
      dr. Jansen en mr. Visser               | dr. ¦ Jansen ¦ en ¦ mr. ¦ Visser
      J.P. Balkenende zei                    | J.P. ¦ Balkenende ¦ zei
      de SP.A wint.                          | de ¦ SP.A ¦ wint ¦ .
      MOSKOU (ANP/RTR) - Het                 | MOSKOU ¦ ( ¦ ANP ¦ / ¦ RTR ¦ ) ¦ - ¦ Het
      en/of 1/2                              | en/of ¦ 1/2
      3 uur geledenBRUSSEL (ANP)             | 3 ¦ uur ¦ geleden ¦ BRUSSEL ¦ ( ¦ ANP ¦ )
      de iPhone van McDonald                 | de ¦ iPhone ¦ van ¦ McDonald
      wacht... echt…                         | wacht ¦ ... ¦ echt ¦ …
      zie https://nos.nl/artikel/1.html.     | zie ¦ https://nos.nl/artikel/1.html ¦ .
      (www.verrijk.nl)                       | ( ¦ www.verrijk.nl ¦ )
      mail info@anp.nl.                      | mail ¦ info@anp.nl ¦ .
      volg @NOS en #EUtop2024!               | volg ¦ @NOS ¦ en ¦ #EUtop2024 ¦ !
      zei:"Wij                               | zei ¦ : ¦ " ¦ Wij
      de jaren '80                           | de ¦ jaren ¦ '80
      CD&V en N-VA                           | CD&V ¦ en ¦ N-VA
      Echt?! Ja!!                            | Echt ¦ ?! ¦ Ja ¦ !!
      wereld.Het                             | wereld ¦ . ¦ Het
      de NAM.Uit cijfers                     | de ¦ NAM ¦ . ¦ Uit ¦ cijfers
      SP.A en U.S.A.                         | SP.A ¦ en ¦ U.S.A.
      """)
  void splitsDutchNewsText(String text, String expected) {
    assertThat(tokens(text.strip())).containsExactly(expected.strip().split(" ¦ "));
  }

  @Test
  void quotesOfEveryKindAreTokensOfTheirOwn() {
    assertThat(tokens("„Ja”, zei hij. “Nee” ‘nooit’ \"soms\" ,,ooit''"))
        .containsExactly("„", "Ja", "”", ",", "zei", "hij", ".", "“", "Nee", "”", "‘", "nooit", "’", "\"",
            "soms", "\"", ",,", "ooit", "''");
  }

  @Test
  void scareQuotesWithStraightApostrophes() {
    assertThat(tokens("is 'sceptisch' over")).containsExactly("is", "'", "sceptisch", "'", "over");
  }

  @Test
  void exampleArticleJunctionsAndNumbers() {
    String text = Shared.exampleArticle();
    List<String> tokens = tokens(text);
    assertThat(tokens).contains("134.803", "134.000", "BRUSSEL", "DAVOS", "DAMASCUS", "KYIV", "pro-Oekraïense",
        "EU-buitenlandchef", "Rusland-legioen", "Groenland-kwestie", "NAVO-chef", "ANP", "RTR", "AFP");
    assertThat(tokens).doesNotContain("geledenBRUSSEL", "geledenDAVOS", "ANP/RTR", "geleden\nBRUSSEL");
    assertThat(tokens.stream().filter(t -> t.equals("geleden")).count()).isEqualTo(7);
  }

  @Test
  void spansPointIntoTheOriginalText() {
    String text = "\uFEFF  Hé,\r\nwereld!  ";
    List<CharSpan> spans = RuleBasedTokenizer.instance().tokenize(text);
    assertThat(spans).containsExactly(CharSpan.of(3, 5), CharSpan.of(5, 6), CharSpan.of(8, 14), CharSpan.of(14, 15));
  }
}
