package nl.verrijk.analysis;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.verrijk.model.Article;
import nl.verrijk.model.Layer;
import nl.verrijk.model.Token;
import nl.verrijk.pipeline.Annotator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's Dutch analysis on every token: {@code Token.stem()} is exactly the term Lucene's
 * {@link DutchAnalyzer} makes of the token's text (lower case, Dutch Snowball stemmer, its stem
 * overrides), so the same text analysed by Lucene and by Verrijk gives the same terms. Stop words
 * and punctuation have no stem (null); a token Lucene splits ({@code EU-buitenlandchef}) gets its
 * terms joined by a space. The keywords are ranked from the stems by {@link KeywordRanker}.
 * Immutable and thread-safe.
 */
public final class DutchAnalysis implements Annotator {

  private static final DutchAnalysis INSTANCE = new DutchAnalysis();

  private final Analyzer analyzer = new DutchAnalyzer();
  private final LoadingCache<String, Optional<String>> stems = CacheBuilder.newBuilder()
      .maximumSize(200_000)
      .build(CacheLoader.from(this::analyze));

  private DutchAnalysis() {}

  /** Returns the shared instance. */
  public static DutchAnalysis instance() {
    return INSTANCE;
  }

  /** Returns the Lucene analyzer whose terms the stems are (thread-safe, shared). */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** Returns {@code "stems"}. */
  @Override
  public String name() {
    return "stems";
  }

  /** Requires TOKENS and SENTENCES. */
  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES);
  }

  /** Produces STEMS. */
  @Override
  public Set<Layer> produces() {
    return EnumSet.of(Layer.STEMS);
  }

  /** Returns the article with stems on its tokens. */
  @Override
  public Article annotate(Article article) {
    List<Token> tokens = new ArrayList<>(article.tokens().size());
    for (Token t : article.tokens()) {
      tokens.add(t.withStem(stem(t.text())));
    }
    return article.toBuilder().tokens(tokens).layer(Layer.STEMS).build();
  }

  /** Returns the Lucene Dutch term(s) of a word, or null for stop words and punctuation. */
  public String stem(String word) {
    if (word.length() > 200) {
      return analyze(word).orElse(null);
    }
    return stems.getUnchecked(word).orElse(null);
  }

  private Optional<String> analyze(String word) {
    try (TokenStream ts = analyzer.tokenStream("text", word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      StringBuilder sb = new StringBuilder();
      while (ts.incrementToken()) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(term);
      }
      ts.end();
      return sb.length() == 0 ? Optional.empty() : Optional.of(sb.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads as {@code DutchAnalysis}. */
  @Override
  public String toString() {
    return "DutchAnalysis";
  }
}
