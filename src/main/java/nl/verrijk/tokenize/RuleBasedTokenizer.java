package nl.verrijk.tokenize;

import java.util.List;
import nl.verrijk.model.CharSpan;
import nl.verrijk.text.TokenSpans;

/**
 * The tokenizer for Dutch news text: the spans of {@link TokenSpans}, one left-to-right scan without
 * regular expressions. It keeps together what belongs together in Dutch ({@code 134.803}, {@code 2,5},
 * {@code 14.30}, {@code 5%}, {@code EU-buitenlandchef}, {@code 16-}, {@code auto's}, {@code zo'n},
 * {@code 't}, {@code 's-Hertogenbosch}, {@code o.a.}, {@code J.P.}, {@code SP.A}, {@code en/of}, URLs,
 * e-mail addresses, {@code @handles} and {@code #tags}) and splits what page text glued together
 * ({@code geledenBRUSSEL}, {@code ANP/RTR}, {@code zei:"Wij}). Immutable and thread-safe.
 */
public final class RuleBasedTokenizer implements Tokenizer {

  private static final RuleBasedTokenizer INSTANCE = new RuleBasedTokenizer();

  private RuleBasedTokenizer() {}

  /** Returns the shared instance. */
  public static RuleBasedTokenizer instance() {
    return INSTANCE;
  }

  /** Returns the token spans of {@code text}. */
  @Override
  public List<CharSpan> tokenize(String text) {
    return TokenSpans.of(text);
  }

  /** Reads as {@code RuleBasedTokenizer}. */
  @Override
  public String toString() {
    return "RuleBasedTokenizer";
  }
}
