package nl.verrijk.tokenize;

import com.google.common.collect.ImmutableList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.verrijk.model.Article;
import nl.verrijk.model.CharSpan;
import nl.verrijk.model.Layer;
import nl.verrijk.pipeline.Annotator;

/**
 * Splits text into token spans. Every implementation is an annotator that adds the TOKENS layer;
 * the characters between spans are the ones it treats as whitespace.
 */
public interface Tokenizer extends Annotator {

  /** Returns the token spans of {@code text}, in order and non-overlapping. */
  List<CharSpan> tokenize(String text);

  /** Returns {@code "tokenizer"}. */
  @Override
  default String name() {
    return "tokenizer";
  }

  /** Requires nothing. */
  @Override
  default Set<Layer> requires() {
    return EnumSet.noneOf(Layer.class);
  }

  /** Produces TOKENS. */
  @Override
  default Set<Layer> produces() {
    return EnumSet.of(Layer.TOKENS);
  }

  /** Replaces the article's tokens (and drops layers that depended on them). */
  @Override
  default Article annotate(Article article) {
    return Article.builder(article.text()).id(article.id()).referenceTime(article.referenceTime())
        .page(article.page()).tokenSpans(ImmutableList.copyOf(tokenize(article.text()))).build();
  }
}
