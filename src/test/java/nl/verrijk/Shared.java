package nl.verrijk;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the read-only shared data folder ({@code ../shared}) for tests. */
public final class Shared {

  private Shared() {}

  /** Returns a path inside the shared folder, failing the test with a clear message when it is missing. */
  public static Path path(String relative) {
    Path root = Path.of(System.getProperty("verrijk.shared", "../shared"));
    Path p = root.resolve(relative);
    if (!Files.exists(p)) {
      fail("shared data missing: " + p.toAbsolutePath() + " (tests read ../shared beside the checkout; "
          + "set -Dverrijk.shared=DIR to point elsewhere)");
    }
    return p;
  }

  /** Returns the example article's text. */
  public static String exampleArticle() {
    try {
      return Files.readString(path("seeds/000_61d4c29380775753.txt"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
