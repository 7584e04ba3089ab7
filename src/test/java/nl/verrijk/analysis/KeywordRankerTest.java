package nl.verrijk.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import nl.verrijk.Verrijk;
import nl.verrijk.model.Article;
import nl.verrijk.model.Keyword;
import nl.verrijk.model.Layer;
import nl.verrijk.model.Token;
import nl.verrijk.model.Upos;
import nl.verrijk.pipeline.Annotator;
import nl.verrijk.pipeline.PipelineException;
import nl.verrijk.sentence.RuleBasedSentenceSplitter;
import nl.verrijk.tokenize.RuleBasedTokenizer;
import org.junit.jupiter.api.Test;

/** The keyword ranker on hand-built articles whose stems are set by hand: no model, no Lucene. */
class KeywordRankerTest {

  /** Four sentences; the stems are given by hand, a token without one is a stop word or punctuation. */
  private static final Map<String, String> STEMS = Map.of("Dijken", "dijk", "dijken", "dijk", "breken", "brek",
      "Rutte", "rutt", "water", "water", "stijgt", "stijg", "zo", "zo", "1953", "1953", "grote", "grot");

  private static Article stemmed(Upos... tags) {
    Article a = Article.builder("Dijken breken. Rutte zegt: water stijgt. Het is zo. In 1953 braken grote dijken.")
        .sentence("Dijken", "breken", ".")
        .sentence("Rutte", "zegt", ":", "water", "stijgt", ".")
        .sentence("Het", "is", "zo", ".")
        .sentence("In", "1953", "braken", "grote", "dijken", ".")
        .build();
    List<Token> tokens = a.tokens().stream().map(t -> {
      Token s = t.withStem(STEMS.get(t.text()));
      return tags.length == 0 ? s : s.withPos(tags[t.index()], "_");
    }).toList();
    return a.toBuilder().tokens(tokens).layer(Layer.STEMS).build();
  }

  private static double weight(double place, boolean name, String word) {
    return Math.round(place * (name ? 1.5 : 1) * Math.log(2 + word.length()) * 100) / 100.0;
  }

  @Test
  void ranksStemsByPlaceCountCapitalAndLength() {
    Article a = KeywordRanker.instance().annotate(stemmed());
    assertThat(a.layers()).contains(Layer.STEMS, Layer.KEYWORDS);
    // the first three sentences weigh 2, later ones 1; a capital 1.5 more, unless it opens a sentence other than
    // the first (Rutte); longer words a little more; words of two letters (zo), numbers (1953) and words without
    // a stem (zegt, braken) are left out; equal scores keep the order of the text
    double dijk = Math.round((2 * 1.5 * Math.log(2 + 6) + Math.log(2 + 6)) * 100) / 100.0;
    assertThat(a.keywords()).containsExactly(
        new Keyword("dijk", "Dijken", 2, dijk),
        new Keyword("brek", "breken", 1, weight(2, false, "breken")),
        new Keyword("stijg", "stijgt", 1, weight(2, false, "stijgt")),
        new Keyword("rutt", "Rutte", 1, weight(2, false, "Rutte")),
        new Keyword("water", "water", 1, weight(2, false, "water")),
        new Keyword("grot", "grote", 1, weight(1, false, "grote")));
  }

  @Test
  void aCapitalInsideASentenceCountsAsAName() {
    Article a = Article.builder("Dat zei Rutte.").sentence("Dat", "zei", "Rutte", ".").build();
    Article stemmed = a.toBuilder().tokens(a.tokens().stream().map(t -> t.withStem(t.text().equals("Rutte") ? "rutt" : null))
        .toList()).layer(Layer.STEMS).build();
    assertThat(KeywordRanker.instance().annotate(stemmed).keywords())
        .containsExactly(new Keyword("rutt", "Rutte", 1, weight(2, true, "Rutte")));
  }

  @Test
  void taggedFunctionWordsAreLeftOut() {
    Upos[] tags = {Upos.NOUN, Upos.VERB, Upos.PUNCT, Upos.PROPN, Upos.VERB, Upos.PUNCT, Upos.NOUN, Upos.VERB,
        Upos.PUNCT, Upos.PRON, Upos.AUX, Upos.ADV, Upos.PUNCT, Upos.ADP, Upos.NUM, Upos.VERB, Upos.ADJ, Upos.NOUN,
        Upos.PUNCT};
    Article a = stemmed(tags);
    Article tagged = a.toBuilder().tokens(a.tokens().stream()
        .map(t -> t.text().equals("water") ? t.withPos(Upos.DET, "_") : t).toList()).build();
    assertThat(KeywordRanker.instance().annotate(tagged).keywords()).extracting(Keyword::stem)
        .containsExactly("dijk", "brek", "stijg", "rutt", "grot");
  }

  @Test
  void atMostTenKeywordsMostSalientFirst() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      text.append("woord").append((char) ('a' + i)).append(' ');
    }
    Article a = Article.builder(text.toString().strip()).sentence(text.toString().strip().split(" ")).build();
    Article stemmed = a.toBuilder().tokens(a.tokens().stream().map(t -> t.withStem(t.text())).toList())
        .layer(Layer.STEMS).build();
    List<Keyword> keywords = KeywordRanker.instance().annotate(stemmed).keywords();
    assertThat(keywords).hasSize(10).extracting(Keyword::stem).startsWith("woorda", "woordb");
  }

  @Test
  void requiresStemsAndIsTheDefaultStageAfterThem() {
    assertThatThrownBy(() -> Verrijk.builder().add(RuleBasedTokenizer.instance())
        .add(RuleBasedSentenceSplitter.instance()).add(KeywordRanker.instance()).build())
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("keywords requires layer STEMS, which the Dutch analyzer adds");
    assertThat(Verrijk.pipeline(EnumSet.of(Layer.STEMS)).annotators()).extracting(Annotator::name)
        .containsExactly("tokenizer", "sentences", "stems");
    assertThat(DutchAnalysis.instance().produces()).containsExactly(Layer.STEMS);
    assertThat(DutchAnalysis.instance().uses()).isEmpty();
  }
}
