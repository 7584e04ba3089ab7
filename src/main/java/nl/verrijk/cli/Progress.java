package nl.verrijk.cli;

import java.io.PrintStream;

/** A one-line progress bar on standard error, shown only for more than a handful of files. */
final class Progress {

  private static final int SHOW_ABOVE = 5;
  private final PrintStream err;
  private final int total;
  private final long start = System.nanoTime();
  private int done;

  Progress(PrintStream err, int total) {
    this.err = err;
    this.total = total;
  }

  void step() {
    done++;
    if (total > SHOW_ABOVE) {
      int width = 30;
      int filled = (int) ((long) width * done / total);
      double secs = (System.nanoTime() - start) / 1e9;
      err.printf("\r[%s%s] %d/%d files, %.1f s", "#".repeat(filled), " ".repeat(width - filled), done, total, secs);
      err.flush();
    }
  }

  /** Clears the bar so that a message starts on a clean line; returns the stream to write it to. */
  PrintStream clearing() {
    if (total > SHOW_ABOVE && done > 0) {
      err.print("\r" + " ".repeat(60) + "\r");
    }
    return err;
  }

  void done() {
    if (total > SHOW_ABOVE) {
      err.println();
    }
  }
}
