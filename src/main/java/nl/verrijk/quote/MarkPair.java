package nl.verrijk.quote;

/**
 * A pair of quote marks by token index: the content lies strictly between {@code open} and {@code
 * close}. {@code open} is the token before the sentence start (possibly -1) when the quote opened in
 * an earlier sentence, {@code close} the sentence end when it closes in a later one.
 *
 * @param open the opening mark's token
 * @param close the closing mark's token
 * @param isDouble whether the marks are double quotes ({@code "}, {@code “}, {@code „}, {@code ,,})
 */
record MarkPair(int open, int close, boolean isDouble) {}
