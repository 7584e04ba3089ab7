package nl.verrijk;

import nl.verrijk.analysis.DutchAnalysis;
import nl.verrijk.analysis.KeywordRanker;
import nl.verrijk.html.HtmlReader;
import nl.verrijk.model.Article;
import nl.verrijk.model.Layer;
import nl.verrijk.pipeline.Annotator;
import nl.verrijk.pipeline.Pipeline;
import nl.verrijk.ner.EntityAnnotator;
import nl.verrijk.parse.DependencyAnnotator;
import nl.verrijk.pos.PosAnnotator;
import nl.verrijk.quote.RuleBasedQuoteAttributor;
import nl.verrijk.sentence.RuleBasedSentenceSplitter;
import nl.verrijk.structure.RuleBasedStructureReader;
import nl.verrijk.tokenize.RuleBasedTokenizer;

/**
 * The one-line entry point: {@code Verrijk.enrich("...")} returns an {@link Article} with every
 * layer the default Dutch pipeline adds. The default pipeline is built once, on first use, and
 * shared; it is safe to call from many threads.
 */
public final class Verrijk {

  private Verrijk() {}

  /** Enriches a text with the default Dutch pipeline. */
  public static Article enrich(String text) {
    return pipeline().annotate(text);
  }

  /** Enriches a text with the default Dutch pipeline, giving the article an identifier. */
  public static Article enrich(String id, String text) {
    return pipeline().annotate(id, text);
  }

  /**
   * Enriches a text read or published at {@code referenceTime}, so that relative ages such as
   * {@code 3 uur geleden} also become instants.
   */
  public static Article enrich(String text, java.time.Instant referenceTime) {
    return pipeline().annotate(Article.builder(text).referenceTime(referenceTime).build());
  }

  /**
   * Enriches an HTML news page: its main text is extracted ({@link HtmlReader}: jsoup and
   * Readability, furniture left out) and enriched; the article keeps the page's address and
   * metadata in {@link Article#page()}, and its reference time is the publication time.
   */
  public static Article enrichHtml(String html) {
    return pipeline().annotate(HtmlReader.read(html));
  }

  /**
   * Enriches an HTML news page; {@code referenceTime} is used when the page gives no publication
   * time.
   */
  public static Article enrichHtml(String html, java.time.Instant referenceTime) {
    Article a = HtmlReader.read(html);
    return pipeline().annotate(a.referenceTime() != null ? a : a.toBuilder().referenceTime(referenceTime).build());
  }

  /** Returns the shared default Dutch pipeline. */
  public static Pipeline pipeline() {
    return Default.PIPELINE;
  }

  /** Starts a builder preloaded with nothing, to choose layers; see {@link #dutch()} for the default stages. */
  public static Pipeline.Builder builder() {
    return Pipeline.builder();
  }

  /** Returns a builder holding the default Dutch stages, to extend. */
  public static Pipeline.Builder dutch() {
    return Pipeline.builder()
        .add(RuleBasedTokenizer.instance())
        .add(RuleBasedSentenceSplitter.instance())
        .add(RuleBasedStructureReader.instance())
        .add(PosAnnotator.shipped())
        .add(DependencyAnnotator.shipped())
        .add(EntityAnnotator.shipped())
        .add(DutchAnalysis.instance())
        .add(KeywordRanker.instance())
        .add(RuleBasedQuoteAttributor.instance());
  }

  /** One default stage: the layers it adds, and how to get it (loading its model only when asked). */
  private record Stage(java.util.Set<Layer> adds, java.util.function.Supplier<Annotator> annotator) {}

  private static final java.util.List<Stage> STAGES = java.util.List.of(
      new Stage(java.util.EnumSet.of(Layer.TOKENS), RuleBasedTokenizer::instance),
      new Stage(java.util.EnumSet.of(Layer.SENTENCES), RuleBasedSentenceSplitter::instance),
      new Stage(java.util.EnumSet.of(Layer.STRUCTURE), RuleBasedStructureReader::instance),
      new Stage(java.util.EnumSet.of(Layer.POS, Layer.LEMMAS), PosAnnotator::shipped),
      new Stage(java.util.EnumSet.of(Layer.DEPENDENCIES), DependencyAnnotator::shipped),
      new Stage(java.util.EnumSet.of(Layer.ENTITIES), EntityAnnotator::shipped),
      new Stage(java.util.EnumSet.of(Layer.STEMS), DutchAnalysis::instance),
      new Stage(java.util.EnumSet.of(Layer.KEYWORDS), KeywordRanker::instance),
      new Stage(java.util.EnumSet.of(Layer.QUOTES), RuleBasedQuoteAttributor::instance));

  /**
   * The default Dutch stages that these layers need: the stages that add them and the stages those
   * require or use ({@code QUOTES} brings the tagger and the entity recognizer, which it reads;
   * {@code TOKENS} alone loads no model). Built anew on each call; the models are shared.
   */
  public static Pipeline pipeline(java.util.Set<Layer> layers) {
    java.util.Set<Layer> needed = java.util.EnumSet.noneOf(Layer.class);
    needed.addAll(java.util.Objects.requireNonNull(layers, "layers must not be null"));
    java.util.Deque<Annotator> chosen = new java.util.ArrayDeque<>();
    for (int i = STAGES.size() - 1; i >= 0; i--) {
      Stage stage = STAGES.get(i);
      if (!java.util.Collections.disjoint(stage.adds(), needed)) {
        Annotator a = stage.annotator().get();
        needed.addAll(a.requires());
        needed.addAll(a.uses());
        chosen.addFirst(a);
      }
    }
    Pipeline.Builder b = Pipeline.builder();
    chosen.forEach(b::add);
    return b.build();
  }

  private static final class Default {
    static final Pipeline PIPELINE = dutch().build();
  }
}
