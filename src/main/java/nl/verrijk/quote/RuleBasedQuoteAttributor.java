package nl.verrijk.quote;

import java.util.EnumSet;
import java.util.Set;
import nl.verrijk.model.Article;
import nl.verrijk.model.Layer;
import nl.verrijk.pipeline.Annotator;

/**
 * Finds reported statements and who made them, in the manner of CoreNLP's quote attribution: quote
 * marks of every kind are paired per line ({@link QuoteMarks}); reporting clauses are built around
 * Dutch cues by an ordered chain of clause rules ({@link ClauseRules#ORDER}); each quote in marks
 * goes through an ordered chain of sieves ({@link QuoteSieves#ORDER}) that records its name in
 * {@code Quote.rule()}; indirect speech is the content of the clauses outside marks ({@link
 * IndirectSpeech}); a {@link SpeakerResolver} then turns each speaker mention into the article's
 * entity, pronouns and continuations into the speaker they refer to, never across stories (the
 * article, each related item). Sentences in page furniture are skipped unless asked for.
 * Immutable and thread-safe: all state lives in one call.
 */
public final class RuleBasedQuoteAttributor implements Annotator {

  private static final RuleBasedQuoteAttributor INSTANCE = new RuleBasedQuoteAttributor(false);
  private static final RuleBasedQuoteAttributor WITH_FURNITURE = new RuleBasedQuoteAttributor(true);

  private final boolean readFurniture;

  private RuleBasedQuoteAttributor(boolean readFurniture) {
    this.readFurniture = readFurniture;
  }

  /** Returns the shared instance, which finds no quotes in page furniture. */
  public static RuleBasedQuoteAttributor instance() {
    return INSTANCE;
  }

  /** Returns the attributor that also finds quotes in page furniture (teasers, captions). */
  public static RuleBasedQuoteAttributor includingFurniture() {
    return WITH_FURNITURE;
  }

  /** Returns {@code "quotes"}. */
  @Override
  public String name() {
    return "quotes";
  }

  /** Requires tokens and sentences; uses part of speech, entities and structure when present. */
  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES);
  }

  /** Uses part of speech, entities (speakers) and structure (headline, datelines, furniture, stories) when present. */
  @Override
  public Set<Layer> uses() {
    return EnumSet.of(Layer.POS, Layer.ENTITIES, Layer.STRUCTURE);
  }

  /** Produces QUOTES. */
  @Override
  public Set<Layer> produces() {
    return EnumSet.of(Layer.QUOTES);
  }

  /** Returns the article with its quotes. */
  @Override
  public Article annotate(Article article) {
    return article.toBuilder().quotes(new QuoteAttribution(article, readFurniture).quotes()).layer(Layer.QUOTES).build();
  }

  /** Reads as {@code RuleBasedQuoteAttributor}. */
  @Override
  public String toString() {
    return readFurniture ? "RuleBasedQuoteAttributor[including furniture]" : "RuleBasedQuoteAttributor";
  }
}
