package nl.verrijk.lang;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the language data files of this package from the classpath, relative to this class (as
 * Lucene's {@code DutchAnalyzer} reads {@code dutch_stop.txt}): UTF-8, one entry per line, {@code #}
 * starts a comment line, blank lines are skipped. A missing file fails loudly, naming it.
 */
public final class WordList {

  private WordList() {}

  /**
   * The entries of a one-word-per-line file as an immutable set, in file order; a name starting
   * with {@code /} is a path from the classpath root (the data of another package).
   */
  public static ImmutableSet<String> set(String resource) {
    return ImmutableSet.copyOf(lines(resource));
  }

  /** The non-comment, non-blank lines of a data file, stripped, in file order. */
  public static ImmutableList<String> lines(String resource) {
    InputStream in = WordList.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("data file " + (resource.startsWith("/") ? resource.substring(1)
          : "nl/verrijk/lang/" + resource)
          + " is missing from the classpath; the jar is incomplete (rebuild it with mvn package)");
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read language data file " + resource + ": " + e.getMessage(), e);
    }
    return ImmutableList.copyOf(out);
  }
}
