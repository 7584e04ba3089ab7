package nl.verrijk.model;

/**
 * A salient term of an article.
 *
 * @param stem the search stem that groups its forms
 * @param form the surface form used most often
 * @param count how often the stem occurs
 * @param score the salience score (higher is more salient)
 */
public record Keyword(String stem, String form, int count, double score) {

  /** Reads as {@code Groenland(groenland)×4}. */
  @Override
  public String toString() {
    return form + "(" + stem + ")×" + count;
  }
}
