package nl.verrijk;

import nl.verrijk.analysis.DutchAnalysis;
import nl.verrijk.html.HtmlReader;
import nl.verrijk.model.Article;
import nl.verrijk.pipeline.Pipeline;
import nl.verrijk.ner.EntityAnnotator;
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
        .add(EntityAnnotator.shipped())
        .add(DutchAnalysis.instance())
        .add(RuleBasedQuoteAttributor.instance());
  }

  private static final class Default {
    static final Pipeline PIPELINE = dutch().build();
  }
}
