package nl.verrijk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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
    List<Path> files = new ArrayList<>();
    boolean failed = false;
    boolean readStdin = inputs.isEmpty();
    for (Path p : inputs) {
      if (p.toString().equals("-")) {
        readStdin = true;
      } else if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".txt")).sorted().forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
          err.println("verrijk: cannot read directory " + p + ": " + e.getMessage());
          failed = true;
        }
      } else {
        files.add(p);
      }
    }
    int count = files.size() + (readStdin ? 1 : 0);
    Format f = format != null ? format : (count == 1 ? Format.json : Format.jsonl);
    if (readStdin) {
      try {
        write(enrich("stdin", decode(stdin.readAllBytes(), "standard input")), f);
      } catch (IOException e) {
        err.println("verrijk: cannot read standard input: " + e.getMessage());
        failed = true;
      }
    }
    Progress progress = new Progress(err, files.size());
    for (Path file : files) {
      try {
        String text = decode(Files.readAllBytes(file), file.toString());
        write(enrich(file.toString(), text), f);
      } catch (IOException | IllegalArgumentException e) {
        progress.clear();
        err.println("verrijk: cannot read " + file + ": " + describe(e));
        failed = true;
      }
      progress.step();
    }
    progress.done();
    out.flush();
    return failed ? 1 : 0;
  }

  private Article enrich(String id, String text) {
    return Verrijk.pipeline().annotate(Article.builder(text).id(id).referenceTime(referenceTime).build());
  }

  private static String describe(Exception e) {
    return e instanceof java.nio.file.NoSuchFileException ? "no such file"
        : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage();
  }

  /** Decodes strict UTF-8, so that binary or mis-encoded input is reported instead of garbled. */
  static String decode(byte[] bytes, String name) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("not UTF-8 text (" + e.getMessage() + ")");
    }
  }

  private void write(Article a, Format f) {
    switch (f) {
      case json -> out.println(ArticleJson.toPrettyJson(a));
      case jsonl -> out.println(ArticleJson.toJson(a));
      case text -> out.print(TextRendering.render(a));
    }
  }
}
