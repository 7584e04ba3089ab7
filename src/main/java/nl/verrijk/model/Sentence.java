package nl.verrijk.model;

/**
 * One sentence: its place in the article's sentence list, its characters and its tokens.
 *
 * @param index position in the article's sentence list
 * @param span from the first character of the first token to the last character of the last token
 * @param tokens the token indices it covers
 */
public record Sentence(int index, CharSpan span, TokenRange tokens) {

  /** Reads as {@code Sentence#2[5 tokens]@40..77}. */
  @Override
  public String toString() {
    return "Sentence#" + index + "[" + tokens.size() + " tokens]@" + span;
  }
}
