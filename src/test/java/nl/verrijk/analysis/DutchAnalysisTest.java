package nl.verrijk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.verrijk.Shared;
import nl.verrijk.Verrijk;
import nl.verrijk.model.Article;
import nl.verrijk.model.Keyword;
import nl.verrijk.model.Token;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class DutchAnalysisTest {

  private static List<String> lucene(String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (DutchAnalyzer analyzer = new DutchAnalyzer(); TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(t.toString());
      }
      ts.end();
    }
    return terms;
  }

  @Test
  void stemsAreLuceneDutchTerms() {
    Article a = Verrijk.enrich("De aanvallers vielen aan. Aanvallen is verboden.");
    assertThat(a.tokens()).extracting(Token::stem).containsExactly(null, "aanvaller", "viel", null, null,
        "aanvall", null, "verbod", null);
  }

  @Test
  void sameTextGivesTheSameTermsAsLucene() throws IOException {
    // the example article: Lucene's own analysis of the text and the stems on Verrijk's tokens agree
    String text = Shared.exampleArticle();
    List<String> ours = new ArrayList<>();
    for (Token t : Verrijk.enrich(text).tokens()) {
      if (t.stem() != null) {
        ours.addAll(List.of(t.stem().split(" ")));
      }
    }
    List<String> theirs = lucene(text);
    // Lucene's StandardTokenizer keeps 134.803 and splits geledenBRUSSEL differently; compare as multisets of words
    theirs.removeIf(s -> s.contains("geleden") && s.length() > 7);
    assertThat(ours).containsAll(theirs.stream().filter(s -> !s.matches(".*\\d.*")).toList());
  }

  @Test
  void keywordsComeFromTheArticleAlone() {
    Article a = Verrijk.enrich(Shared.exampleArticle());
    assertThat(a.keywords()).hasSize(10);
    assertThat(a.keywords()).extracting(Keyword::form).contains("Groenland", "Kremlin");
    assertThat(a.keywords().get(0).score()).isGreaterThanOrEqualTo(a.keywords().get(9).score());
  }
}
