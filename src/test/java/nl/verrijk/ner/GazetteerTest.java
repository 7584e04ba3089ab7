package nl.verrijk.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.verrijk.lang.NameLists;
import nl.verrijk.model.CharSpan;
import nl.verrijk.tokenize.RuleBasedTokenizer;
import org.junit.jupiter.api.Test;

/** The name lists as token runs. */
class GazetteerTest {

  private static final Gazetteer NAMES = Gazetteer.of(List.of(
      new NameLists.Entry("Open Vld", "ORG", "party", "BE"),
      new NameLists.Entry("Anderlecht", "ORG", "club", "BE"),
      new NameLists.Entry("Anderlecht", "LOC", "municipality", "BE"),
      new NameLists.Entry("Humvee", "MISC", "product", "INT"),
      new NameLists.Entry("CD&V", "ORG", "party", "BE")));

  @Test
  void everyListedFormIsCutAsTheTokenizerCutsText() {
    RuleBasedTokenizer tokenizer = RuleBasedTokenizer.instance();
    for (NameLists.Entry e : NameLists.entries()) {
      List<String> expected = new ArrayList<>();
      for (CharSpan s : tokenizer.tokenize(e.form())) {
        expected.add(e.form().substring(s.begin(), s.end()));
      }
      assertThat(Gazetteer.words(e.form())).as(e.toString()).isEqualTo(expected);
    }
  }

  @Test
  void namesAreFoundAsWrittenInCapitalsAndAsPluralsOfProducts() {
    List<String> words = List.of("van", "Open", "Vld", "en", "OPEN", "VLD", "met", "Humvees", "in", "Anderlecht");
    assertThat(NAMES.longestMatch(words, 1)).isEqualTo(3);
    assertThat(NAMES.longestMatch(words, 4)).as("a headline in capitals").isEqualTo(6);
    assertThat(NAMES.lookup(words, 7, 8).types()).containsExactly("MISC");
    assertThat(NAMES.lookup(words, 9, 10).types()).as("listed twice, both types").containsExactly("ORG", "LOC");
    assertThat(NAMES.longestMatch(words, 0)).isEqualTo(-1);
  }
}
