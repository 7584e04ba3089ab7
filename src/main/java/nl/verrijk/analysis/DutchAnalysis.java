package nl.verrijk.analysis;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.verrijk.model.Article;
import nl.verrijk.model.Keyword;
import nl.verrijk.model.Layer;
import nl.verrijk.model.Token;
import nl.verrijk.model.Upos;
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
 * terms joined by a space. Also ranks the article's keywords. Immutable and thread-safe.
 */
public final class DutchAnalysis implements Annotator {

  private static final DutchAnalysis INSTANCE = new DutchAnalysis();
  private static final int KEYWORDS = 10;
  /** The parts of speech whose words are stemmed and ranked as keywords. */
  private static final Set<Upos> CONTENT_TAGS = EnumSet.of(Upos.NOUN, Upos.PROPN, Upos.ADJ, Upos.VERB, Upos.X);

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

  /** Uses part of speech (function words out of the keywords) and structure (headline weight, furniture) when present. */
  @Override
  public Set<Layer> uses() {
    return EnumSet.of(Layer.POS, Layer.STRUCTURE);
  }

  /** Produces STEMS (and the keywords). */
  @Override
  public Set<Layer> produces() {
    return EnumSet.of(Layer.STEMS);
  }

  /** Returns the article with stems on its tokens and its keywords. */
  @Override
  public Article annotate(Article article) {
    List<Token> tokens = new ArrayList<>(article.tokens().size());
    for (Token t : article.tokens()) {
      tokens.add(t.withStem(stem(t.text())));
    }
    Article stemmed = article.toBuilder().tokens(tokens).layer(Layer.STEMS).build();
    return stemmed.toBuilder().keywords(keywords(stemmed)).build();
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

  /**
   * Ranks stems by salience within the article alone: occurrences weighted by where they stand
   * (headline ×3, first sentences of the body ×2), proper names ×1.5, longer words slightly up;
   * numbers, short words, page furniture and (when tagged) function words are left out.
   */
  static List<Keyword> keywords(Article a) {
    Map<String, double[]> score = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> forms = new HashMap<>();
    int headlineEnd = a.structure() != null && a.structure().headline() != null ? a.structure().headline().end() : -1;
    for (Token t : a.tokens()) {
      String stem = t.stem();
      if (stem == null || a.structure() != null && a.structure().isFurniture(t.begin()) || t.text().length() < 3 || !Character.isLetter(t.text().codePointAt(0))
          || t.upos() != null && !CONTENT_TAGS.contains(t.upos())) {
        continue;
      }
      int sentence = a.sentences().isEmpty() ? 0 : a.sentenceOf(t.index());
      double w = t.begin() < headlineEnd ? 3 : sentence <= 2 ? 2 : 1;
      boolean name = Character.isUpperCase(t.text().codePointAt(0))
          && (t.index() == 0 || a.sentences().isEmpty() || a.sentences().get(sentence).tokens().start() != t.index());
      w *= (name ? 1.5 : 1) * Math.log(2 + t.text().length());
      double[] s = score.computeIfAbsent(stem, k -> new double[2]);
      s[0] += w;
      s[1]++;
      forms.computeIfAbsent(stem, k -> new LinkedHashMap<>()).merge(t.text(), 1, Integer::sum);
    }
    return score.entrySet().stream()
        .sorted((x, y) -> Double.compare(y.getValue()[0], x.getValue()[0]))
        .limit(KEYWORDS)
        .map(e -> new Keyword(e.getKey(), mostUsed(forms.get(e.getKey())), (int) e.getValue()[1],
            Math.round(e.getValue()[0] * 100) / 100.0))
        .toList();
  }

  private static String mostUsed(Map<String, Integer> forms) {
    return forms.entrySet().stream().max((x, y) -> Integer.compare(x.getValue(), y.getValue()))
        .map(Map.Entry::getKey).orElseThrow();
  }

  /** Reads as {@code DutchAnalysis}. */
  @Override
  public String toString() {
    return "DutchAnalysis";
  }
}
