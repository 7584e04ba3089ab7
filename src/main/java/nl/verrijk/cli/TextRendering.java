package nl.verrijk.cli;

import nl.verrijk.model.Article;

/** The readable text rendering of the {@code --format text} output. */
final class TextRendering {

  private TextRendering() {}

  static String render(Article a) {
    return "== " + a + "\n" + a.snapshot() + "\n";
  }
}
