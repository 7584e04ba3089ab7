package nl.verrijk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.verrijk.Verrijk;
import org.junit.jupiter.api.Test;

/** The quotes table for people. */
class QuoteTableTest {

  @Test
  void oneAlignedLinePerQuoteUnderAHeader() {
    Article a = Verrijk.enrich("Rutte: kabinet blijft\nDEN HAAG (ANP) - \"We gaan door\", zei premier Mark Rutte dinsdag. "
        + "Hij zei dat het kabinet " + "heel erg lang ".repeat(10) + "blijft.");
    List<String> lines = a.quotesTable().lines().toList();
    assertThat(lines).hasSize(a.quotes().size() + 1);
    assertThat(lines.get(0)).startsWith("#").contains("speaker", "role", "kind", "cue", "section", "content");
    int content = lines.get(0).indexOf("content");
    for (String line : lines.subList(1, lines.size())) {
      assertThat(line.length()).isLessThanOrEqualTo(content + 72);
    }
    assertThat(a.quotesTable()).contains("Mark Rutte").contains("premier").contains("direct").contains("zei")
        .contains("body").contains("We gaan door").contains("…");
    assertThat(a.quotesTable()).contains("Mark Rutte (Hij)"); // a pronoun says who it resolved to
  }

  @Test
  void saysWhenThereIsNothingToShow() {
    assertThat(Verrijk.enrich("Het regent.").quotesTable()).isEqualTo("(no quotes)\n");
    assertThat(Article.of("Het regent.").quotesTable()).contains("no quotes layer");
  }
}
