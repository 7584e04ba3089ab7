package nl.verrijk.sentence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.verrijk.model.Article;
import nl.verrijk.model.CharSpan;
import nl.verrijk.model.Layer;
import nl.verrijk.model.Sentence;
import nl.verrijk.model.Token;
import nl.verrijk.model.TokenRange;
import nl.verrijk.pipeline.Annotator;

/** Groups an article's tokens into sentences; every implementation is an annotator adding SENTENCES. */
public interface SentenceSplitter extends Annotator {

  /**
   * Returns, for each token, whether a sentence ends after it; the last token always ends one.
   */
  boolean[] sentenceEnds(String text, List<Token> tokens);

  /** Returns {@code "sentences"}. */
  @Override
  default String name() {
    return "sentences";
  }

  /** Requires TOKENS. */
  @Override
  default Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS);
  }

  /** Produces SENTENCES. */
  @Override
  default Set<Layer> produces() {
    return EnumSet.of(Layer.SENTENCES);
  }

  /** Returns the article with its sentences set. */
  @Override
  default Article annotate(Article article) {
    List<Token> tokens = article.tokens();
    boolean[] ends = sentenceEnds(article.text(), tokens);
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (ends[i] || i == tokens.size() - 1) {
        sentences.add(new Sentence(sentences.size(),
            new CharSpan(tokens.get(start).begin(), tokens.get(i).end()), new TokenRange(start, i + 1)));
        start = i + 1;
      }
    }
    return article.toBuilder().sentences(sentences).build();
  }
}
