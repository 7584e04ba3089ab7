package nl.verrijk.train;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import nl.verrijk.io.Conllu;
import nl.verrijk.parse.ParserTrainer;
import nl.verrijk.pos.PosLemmaTagger;
import nl.verrijk.pos.PosTags;

/**
 * Jackknifed tags: the sentences cut into {@code folds} consecutive parts, each part tagged by a
 * part-of-speech and lemma model trained (as {@code train pos} trains, same settings) on the other
 * parts, so a model trained on these tags sees tagging errors like those of unseen text (as the
 * parsers of Stanford, UDPipe and Alpino are trained).
 */
public final class Jackknife {

  private Jackknife() {}

  /** The tags of every sentence, each by a tagger that did not see it; progress goes to {@code log}. */
  public static List<List<PosTags>> tags(List<Conllu.Sentence> sentences, int folds, PrintStream log) {
    Objects.requireNonNull(sentences, "sentences must not be null");
    if (folds < 2 || folds > sentences.size()) {
      throw new IllegalArgumentException("folds must lie in [2, " + sentences.size() + "]: " + folds);
    }
    List<List<PosTags>> out = new ArrayList<>(sentences.size());
    int n = sentences.size();
    for (int f = 0; f < folds; f++) {
      int from = (int) ((long) n * f / folds);
      int to = (int) ((long) n * (f + 1) / folds);
      List<Conllu.Sentence> rest = new ArrayList<>(sentences.subList(0, from));
      rest.addAll(sentences.subList(to, n));
      Path dir = null;
      try {
        dir = Files.createTempDirectory("verrijk-jackknife");
        long t0 = System.nanoTime();
        PosTrainer.train(rest, dir, "MAXENT_QN", 100, 3);
        out.addAll(ParserTrainer.tags(PosLemmaTagger.load(dir), sentences.subList(from, to)));
        log.printf("jackknife fold %d of %d: sentences %d..%d tagged by a model of the other %d (%.0f s)%n", f + 1,
            folds, from, to, rest.size(), (System.nanoTime() - t0) / 1e9);
      } catch (IOException e) {
        throw new UncheckedIOException("jackknife fold " + (f + 1) + ": " + e.getMessage(), e);
      } finally {
        delete(dir);
      }
    }
    return out;
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind
    }
  }
}
