package nl.verrijk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.verrijk.Verrijk;
import nl.verrijk.index.ArticleIndex;
import nl.verrijk.pipeline.VerrijkException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code verrijk index DIR FILE...}: enriches files and adds them to an index (created when missing). */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Enriches UTF-8 text files (or directories of *.txt) and adds them to a Lucene index; "
        + "an article with the same id (the file's real path, relative to the working directory) is replaced.")
final class IndexCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "the index directory; created when missing")
  Path dir;

  @Parameters(index = "1..*", paramLabel = "FILE|DIR", arity = "1..*")
  List<Path> inputs = new ArrayList<>();

  @Override
  public Integer call() {
    Inputs in = new Inputs(inputs, System.err);
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      Progress progress = new Progress(System.err, in.files().size(), System.console() != null);
      for (Path file : in.files()) {
        String text = in.read(file, progress.clearing());
        if (text != null) {
          index.add(Verrijk.enrich(canonicalId(file), text));
        }
        progress.step();
      }
      progress.done();
      System.out.println("indexed " + in.files().size() + " files; " + index.size() + " articles in " + dir);
    } catch (ArticleIndex.Locked e) {
      System.err.println("verrijk: " + e.getMessage());
      return 1;
    } catch (VerrijkException e) {
      System.err.println("verrijk: " + e.getMessage());
      return 2;
    }
    return in.failed() ? 1 : 0;
  }

  /**
   * A file's id in the index: its real path (links resolved), relative to the working directory when
   * inside it, so {@code testdata/a.txt}, {@code ./testdata/a.txt} and a link to it are one article.
   */
  static String canonicalId(Path file) {
    try {
      Path real = file.toRealPath();
      Path here = Path.of("").toRealPath();
      return (real.startsWith(here) ? here.relativize(real) : real).toString();
    } catch (java.io.IOException e) {
      return file.normalize().toString();
    }
  }
}
