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
import nl.verrijk.html.HtmlReader;
import nl.verrijk.io.ArticleJson;
import nl.verrijk.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code verrijk enrich [--format json|jsonl|text] [--input text|html] [FILE|DIR ...]}: enriches
 * text files and HTML pages, or standard input.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true,
    description = "Enriches UTF-8 text files and HTML pages (*.html, *.htm), directories of them, or standard input.")
final class EnrichCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { json, jsonl, text }

  /** What the input is. */
  enum InputKind { text, html }

  @Option(names = "--format", description = "json (one article), jsonl (one line per input) or text; "
      + "default: json for one input, jsonl for more")
  Format format;

  @Option(names = "--reference-time", paramLabel = "INSTANT",
      description = "when the texts were read, ISO-8601 (2026-01-22T17:00:00Z), to date relative ages")
  Instant referenceTime;

  @Option(names = "--input", paramLabel = "KIND", description = "text or html: what standard input holds and "
      + "how files are read; default: html for *.html and *.htm files, text otherwise")
  InputKind input;

  @Parameters(paramLabel = "FILE|DIR", description = "files or directories (recursively, *.txt, *.html, *.htm); none or - reads standard input")
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
        byte[] bytes = stdin.readAllBytes();
        write(input == InputKind.html ? enrichHtml("stdin", bytes) : enrich("stdin", Inputs.decode(bytes)), f);
      } catch (IOException | IllegalArgumentException e) {
        err.println("verrijk: cannot read standard input: " + e.getMessage());
        failed = true;
      }
    }
    Progress progress = new Progress(err, in.files().size());
    for (Path file : in.files()) {
      if (input == InputKind.html || input == null && Inputs.isHtml(file)) {
        byte[] bytes = in.bytes(file, progress.clearing());
        if (bytes != null) {
          write(enrichHtml(file.toString(), bytes), f);
        }
      } else {
        String text = in.read(file, progress.clearing());
        if (text != null) {
          write(enrich(file.toString(), text), f);
        }
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

  private Article enrichHtml(String id, byte[] bytes) {
    Article page = HtmlReader.read(bytes, null);
    if (page.text().isEmpty()) {
      err.println("verrijk: " + id + ": no article text found on this page (a front page or an index?)");
    }
    Article a = page.toBuilder().id(id).referenceTime(page.referenceTime() != null ? page.referenceTime() : referenceTime)
        .build();
    return Verrijk.pipeline().annotate(a);
  }

  private void write(Article a, Format f) {
    switch (f) {
      case json -> out.println(ArticleJson.toPrettyJson(a));
      case jsonl -> out.println(ArticleJson.toJson(a));
      case text -> out.print(TextRendering.render(a));
    }
  }
}
