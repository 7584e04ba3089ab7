package nl.verrijk.analysis;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verrijk.model.Article;
import nl.verrijk.model.Keyword;
import nl.verrijk.model.Layer;
import nl.verrijk.model.Token;
import nl.verrijk.model.Upos;
import nl.verrijk.pipeline.Annotator;

/**
 * Ranks an article's keywords ({@link Article#keywords()}) from the stems {@link DutchAnalysis} put
 * on its tokens, by salience within the article alone: occurrences weighted by where they stand
 * (headline ×3, first sentences of the body ×2), proper names ×1.5, longer words slightly up;
 * numbers, short words, page furniture and (when tagged) function words are left out. Immutable and
 * thread-safe.
 */
public final class KeywordRanker implements Annotator {

  private static final KeywordRanker INSTANCE = new KeywordRanker();
  private static final int KEYWORDS = 10;
  /** The parts of speech whose words are ranked as keywords. */
  private static final Set<Upos> CONTENT_TAGS = EnumSet.of(Upos.NOUN, Upos.PROPN, Upos.ADJ, Upos.VERB, Upos.X);

  private KeywordRanker() {}

  /** Returns the shared instance. */
  public static KeywordRanker instance() {
    return INSTANCE;
  }

  /** Returns {@code "keywords"}. */
  @Override
  public String name() {
    return "keywords";
  }

  /** Requires TOKENS, SENTENCES and STEMS. */
  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.STEMS);
  }

  /** Uses part of speech (function words out of the keywords) and structure (headline weight, furniture) when present. */
  @Override
  public Set<Layer> uses() {
    return EnumSet.of(Layer.POS, Layer.STRUCTURE);
  }

  /** Produces KEYWORDS. */
  @Override
  public Set<Layer> produces() {
    return EnumSet.of(Layer.KEYWORDS);
  }

  /** Returns the article with its keywords, most salient first. */
  @Override
  public Article annotate(Article article) {
    return article.toBuilder().keywords(keywords(article)).layer(Layer.KEYWORDS).build();
  }

  /** The article's keywords, most salient first: at most ten stems with their most used form, count and score. */
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

  /** Reads as {@code KeywordRanker}. */
  @Override
  public String toString() {
    return "KeywordRanker";
  }
}
