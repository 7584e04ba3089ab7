package nl.verrijk.cli;

import java.io.PrintStream;

/**
 * Progress on standard error, for more than a handful of files: a one-line bar when standard error
 * is a terminal, else a line per 100 files and a last line, so that logs stay readable.
 */
final class Progress {

  private static final int SHOW_ABOVE = 5;
  private static final int LOG_EVERY = 100;
  private final PrintStream err;
  private final int total;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private int done;

  Progress(PrintStream err, int total, boolean terminal) {
    this.err = err;
    this.total = total;
    this.terminal = terminal;
  }

  void step() {
    done++;
    if (total <= SHOW_ABOVE) {
      return;
    }
    double secs = (System.nanoTime() - start) / 1e9;
    if (terminal) {
      int width = 30;
      int filled = (int) ((long) width * done / total);
      err.printf("\r[%s%s] %d/%d files, %.1f s", "#".repeat(filled), " ".repeat(width - filled), done, total, secs);
      err.flush();
    } else if (done % LOG_EVERY == 0 && done < total) {
      err.printf("verrijk: %d/%d files, %.1f s%n", done, total, secs);
    }
  }

  /** Clears the bar so that a message starts on a clean line; returns the stream to write it to. */
  PrintStream clearing() {
    if (terminal && total > SHOW_ABOVE && done > 0) {
      err.print("\r" + " ".repeat(60) + "\r");
    }
    return err;
  }

  void done() {
    if (total <= SHOW_ABOVE) {
      return;
    }
    if (terminal) {
      err.println();
    } else {
      err.printf("verrijk: %d/%d files, %.1f s%n", done, total, (System.nanoTime() - start) / 1e9);
    }
  }
}
