package example;

import nl.verrijk.Verrijk;
import nl.verrijk.model.Article;

/** A consumer's code: the first sentence of a text. */
public final class Headlines {
  private Headlines() {}

  /** Returns the first sentence. */
  public static String first(String text) {
    Article a = Verrijk.enrich(text);
    return a.text(a.sentences().get(0));
  }
}
