package nl.verrijk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.verrijk.train.NerPruner;
import nl.verrijk.train.NerTrainer;
import nl.verrijk.train.PosTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code verrijk train ...}: rebuilds a shipped model from its training data, deterministically. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Rebuilds a shipped model from its training data (fixed settings and seeds).",
    subcommands = {TrainCommand.Pos.class, TrainCommand.Ner.class})
final class TrainCommand implements Runnable {

  /** Without a sub-command, prints usage. */
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.err);
  }

  /** {@code train pos TRAIN.conllu OUTDIR}: the UPOS, XPOS and lemma models of models/pos. */
  @Command(name = "pos", mixinStandardHelpOptions = true,
      description = "Trains the part-of-speech and lemma models (about 5 minutes, one thread, -Xmx5g) into OUTDIR.")
  static final class Pos implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TRAIN.conllu")
    Path train;

    @Parameters(index = "1", paramLabel = "OUTDIR")
    Path out;

    @Override
    public Integer call() throws Exception {
      System.setProperty("verrijk.command", "java -Xmx5g -jar target/verrijk-all.jar train pos " + train + " " + out);
      PosTrainer.main(new String[] {train.toString(), out.toString()});
      return 0;
    }
  }

  /** {@code train ner TRAIN... OUTDIR}: the CRF of models/ner, trained on every TRAIN file and then pruned. */
  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = "Trains the entity CRF on CoNLL-2002 files (ned.train, or ned.train and ned.testa for the shipped "
          + "model; about 16 minutes a file, one thread, -Xmx8g) and prunes features whose weights vary by at most "
          + "0.02 across labels, into OUTDIR.")
  static final class Ner implements Callable<Integer> {
    @Parameters(arity = "2..*", paramLabel = "TRAIN... OUTDIR", description = "training files, then the output folder")
    java.util.List<Path> paths;

    @Override
    public Integer call() throws Exception {
      Path out = paths.get(paths.size() - 1);
      StringBuilder train = new StringBuilder();
      for (Path p : paths.subList(0, paths.size() - 1)) {
        train.append(train.length() > 0 ? "," : "").append(p);
      }
      Path full = java.nio.file.Files.createTempDirectory("verrijk-ner-full");
      NerTrainer.main(new String[] {train.toString(), full.toString(), "tolerance=1e-3", "featureCountThresh=3",
          "QNsize=10"});
      NerPruner.main(new String[] {full.toString(), out.toString(), "0.02"});
      return 0;
    }
  }
}
