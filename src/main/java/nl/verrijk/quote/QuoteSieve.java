package nl.verrijk.quote;

import nl.verrijk.pipeline.NamedRule;

/**
 * One rule that links a quote in quote marks to its speaker, in the manner of CoreNLP's quote
 * attribution sieves; the chain is {@link QuoteSieves#ORDER}. A sieve skips a quote that an earlier
 * one decided and records its name in {@code Quote.rule()} when it decides.
 */
abstract class QuoteSieve extends NamedRule {

  QuoteSieve(String name) {
    super(name);
  }

  /** Decides the speaker of {@code d} when this sieve can (calling {@link QuoteDraft#attribute}). */
  abstract void attribute(QuoteDraft d, MarkedQuote m);

  /** Whether a short capitalised quote this sieve attributes is still a statement, not a title. */
  boolean overridesTitles() {
    return false;
  }
}
