package nl.verrijk.cli;

import nl.verrijk.corpus.Splits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --dev} or {@code --newsdev}: the split of the train file that {@code train pos} holds out and {@code eval pos} scores. */
final class SplitOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--dev", description = "every 10th sentence of the file")
  boolean dev;

  @Option(names = "--newsdev", description = "the odd-numbered Alpino news documents of the file")
  boolean newsDev;

  /** The split named, or {@link Splits.Split#ALL}; a usage error when both are. */
  Splits.Split split() {
    if (dev && newsDev) {
      throw new ParameterException(spec.commandLine(), "--dev and --newsdev exclude each other");
    }
    return dev ? Splits.Split.DEV : newsDev ? Splits.Split.NEWSDEV : Splits.Split.ALL;
  }
}
