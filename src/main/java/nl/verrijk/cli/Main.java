package nl.verrijk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code verrijk} command line: {@code enrich}, {@code eval}, {@code index}, {@code search}, {@code serve}, {@code train}. */
@Command(name = "verrijk", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Turns Dutch news text into a richly annotated article.",
    subcommands = {EnrichCommand.class, EvalCommand.class, IndexCommand.class, SearchCommand.class,
        ServeCommand.class, TrainCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

  /** The artifact's version, from the jar's manifest ({@code dev} when run from classes). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"verrijk " + (v == null ? "dev (not run from the jar)" : v)};
    }
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status (for tests). */
  public static int run(String... args) {
    return commandLine(new Main()).execute(args);
  }

  /** The command line of a command as {@link #run} sets it up (enum values in any case: {@code --layers pos}). */
  static CommandLine commandLine(Object command) {
    return new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true);
  }

  /** Without a sub-command, prints usage and returns 2, the status of a usage error. */
  @Override
  public Integer call() {
    new CommandLine(this).usage(System.err);
    return 2;
  }
}
