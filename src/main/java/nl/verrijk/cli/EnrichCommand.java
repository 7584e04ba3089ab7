package nl.verrijk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.verrijk.Verrijk;
import nl.verrijk.io.ArticleJson;
import nl.verrijk.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code verrijk enrich [--format json|jsonl|text] [FILE|DIR ...]}: enriches files or standard input. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
    description = "Enriches UTF-8 text files, directories of them, or standard input.")
final class EnrichCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { json, jsonl, text }

  @Option(names = "--format", description = "json (one article), jsonl (one line per input) or text; "
      + "default: json for one input, jsonl for more")
  Format format;

  @Option(names = "--reference-time", paramLabel = "INSTANT",
      description = "when the texts were read, ISO-8601 (2026-01-22T17:00:00Z), to date relative ages")
  Instant referenceTime;

  @Parameters(paramLabel = "FILE|DIR", description = "files or directories (recursively, *.txt); none or - reads standard input")
  List<Path> inputs = new ArrayList<>();

  /** The input bytes are read through this stream when no file is given (for tests). */
  InputStream stdin = System.in;
  PrintStream out = System.out;
  PrintStream err = System.err;

  /** Enriches every input; returns 0, or 1 when some input could not be read. */
  @Override
  public Integer call() {
    Inputs in = new Inputs(inputs, err);
    boolean readStdin = inputs.isEmpty() || in.stdin();
    int count = in.files().size() + (readStdin ? 1 : 0);
    Format f = format != null ? format : (count == 1 ? Format.json : Format.jsonl);
    boolean failed = false;
    if (readStdin) {
      try {
        write(enrich("stdin", Inputs.decode(stdin.readAllBytes())), f);
      } catch (IOException | IllegalArgumentException e) {
        err.println("verrijk: cannot read standard input: " + e.getMessage());
        failed = true;
      }
    }
    Progress progress = new Progress(err, in.files().size());
    for (Path file : in.files()) {
      String text = in.read(file, progress.clearing());
      if (text != null) {
        write(enrich(file.toString(), text), f);
      }
      progress.step();
    }
    progress.done();
    out.flush();
    return failed || in.failed() ? 1 : 0;
  }

  private Article enrich(String id, String text) {
    return Verrijk.pipeline().annotate(Article.builder(text).id(id).referenceTime(referenceTime).build());
  }

  private void write(Article a, Format f) {
    switch (f) {
      case json -> out.println(ArticleJson.toPrettyJson(a));
      case jsonl -> out.println(ArticleJson.toJson(a));
      case text -> out.print(TextRendering.render(a));
    }
  }
}
