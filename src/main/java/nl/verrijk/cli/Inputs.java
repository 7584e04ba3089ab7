package nl.verrijk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands FILE|DIR arguments into files ({@code *.txt}, {@code *.html}, {@code *.htm} in
 * directories) and reads them, reporting problems by name: text as strict UTF-8, HTML as bytes
 * whose charset the HTML reader finds.
 */
final class Inputs {

  private final List<Path> files = new ArrayList<>();
  private boolean failed;
  private boolean stdin;

  /** Expands the arguments; directories are walked for text and HTML files; {@code -} means standard input. */
  Inputs(List<Path> args, PrintStream err) {
    for (Path p : args) {
      if (p.toString().equals("-")) {
        stdin = true;
      } else if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          List<Path> all = walk.filter(f -> !Files.isDirectory(f)).sorted().toList();
          int skipped = 0;
          for (Path f : all) {
            if (Files.isRegularFile(f) && (f.toString().endsWith(".txt") || isHtml(f))) {
              files.add(f);
            } else {
              skipped++;
            }
          }
          if (skipped > 0) {
            err.println("verrijk: skipped " + skipped + (skipped == 1 ? " file" : " files") + " in " + p
                + " that " + (skipped == 1 ? "is" : "are") + " not *.txt, *.html or *.htm (or a dangling link)");
          }
        } catch (IOException | UncheckedIOException e) {
          err.println("verrijk: cannot read directory " + p + ": " + e.getMessage());
          failed = true;
        }
      } else {
        files.add(p);
      }
    }
  }

  List<Path> files() {
    return files;
  }

  /**
   * Whether standard input was closed when the process started ({@code verrijk enrich <&-}): the
   * JVM then reuses descriptor 0 for a file of its own (its modules image or a jar), which would
   * read as binary text. Known on Linux through {@code /proc/self/fd/0}; false elsewhere.
   */
  static boolean stdinClosed() {
    try {
      Path fd0 = Path.of("/proc/self/fd/0");
      return Files.exists(fd0, java.nio.file.LinkOption.NOFOLLOW_LINKS)
          && reusedByJvm(Files.readSymbolicLink(fd0).toString(), System.getProperty("java.home"),
              System.getProperty("java.class.path"));
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** Whether descriptor 0 points at the JVM's own files: under {@code javaHome}, or on the class path. */
  static boolean reusedByJvm(String target, String javaHome, String classPath) {
    if (javaHome != null && target.startsWith(javaHome + "/")) {
      return true;
    }
    for (String entry : classPath == null ? new String[0] : classPath.split(java.io.File.pathSeparator)) {
      if (!entry.isEmpty() && target.equals(Path.of(entry).toAbsolutePath().normalize().toString())) {
        return true;
      }
    }
    return false;
  }

  boolean stdin() {
    return stdin;
  }

  boolean failed() {
    return failed;
  }

  /** Whether a file is an HTML page by its name ({@code .html}, {@code .htm}, any case). */
  static boolean isHtml(Path file) {
    String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm");
  }

  /** Reads a file's bytes, or reports why not on {@code err} and returns null. */
  byte[] bytes(Path file, PrintStream err) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      err.println("verrijk: cannot read " + file + ": " + describe(e));
      failed = true;
      return null;
    }
  }

  /** Reads a file as UTF-8 text, or reports why not on {@code err} and returns null. */
  String read(Path file, PrintStream err) {
    try {
      return decode(Files.readAllBytes(file));
    } catch (IOException | IllegalArgumentException e) {
      err.println("verrijk: cannot read " + file + ": " + describe(e));
      failed = true;
      return null;
    }
  }

  private static String describe(Exception e) {
    return e instanceof java.nio.file.NoSuchFileException ? "no such file"
        : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : e instanceof java.nio.file.FileSystemException ? "cannot open (" + e.getMessage() + ")" : e.getMessage();
  }

  /** Decodes strict UTF-8, naming the first bad byte ({@link nl.verrijk.io.Utf8}). */
  static String decode(byte[] bytes) {
    return nl.verrijk.io.Utf8.decode(bytes);
  }
}
