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
import nl.verrijk.model.ArticleHtml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code verrijk enrich [--format json|jsonl|text|conllu|naf|html] [--input text|html] [--layers L,...] [--threads N] [--window CHARS] [FILE|DIR ...]}:
 * enriches text files and HTML pages, or standard input, on N threads with output in input order.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true,
    description = "Enriches UTF-8 text files and HTML pages (*.html, *.htm), directories of them, or standard input.")
final class EnrichCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { json, jsonl, text, conllu, naf, html }

  /** What the input is. */
  enum InputKind { text, html }

  @Option(names = "--format", description = "json (one article), jsonl (one line per input), text, conllu "
      + "(a CoNLL-U block per sentence), naf (NAF XML) or html (a page to read: one article, or all of them in one "
      + "page); default: json for one input, jsonl for more")
  Format format;

  @Option(names = "--reference-time", paramLabel = "INSTANT",
      description = "when the texts were read, ISO-8601 (2026-01-22T17:00:00Z), to date relative ages")
  Instant referenceTime;

  @Option(names = "--threads", paramLabel = "N", description = "enrich on N threads, output in input order; "
      + "default: the number of cores")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--input", paramLabel = "KIND", description = "text or html: what standard input holds and "
      + "how files are read; default: html for *.html and *.htm files, text otherwise")
  InputKind input;

  @Option(names = "--layers", split = ",", paramLabel = "LAYER",
      description = "only these layers and the stages they need: tokens, sentences, structure, pos, lemmas, "
          + "entities, stems, keywords, quotes; default: all")
  java.util.Set<nl.verrijk.model.Layer> layers;

  @Option(names = "--window", paramLabel = "CHARS", description = "a text longer than this is enriched in windows "
      + "of whole paragraphs of about this many characters, each an article of its own with the id FILE@OFFSET, "
      + "so that memory stays constant; 0: never; default 200000")
  int window = 200_000;

  @Parameters(paramLabel = "FILE|DIR", description = "files or directories (recursively, *.txt, *.html, *.htm); none or - reads standard input")
  List<Path> inputs = new ArrayList<>();

  /** What one article becomes: its rendering, and whether it ends its input (a file's last window does). */
  private record Rendered(String text, boolean endsInput) {}

  /** The ids of articles that end no file: windows before their text's last, standard input. */
  private final java.util.Set<String> openWindows = java.util.concurrent.ConcurrentHashMap.newKeySet();
  /** Whether some text was cut into windows (then JSON is written a line per window). */
  private volatile boolean windowed;
  /** The output format, once chosen. */
  private Format chosen;

  /** The input bytes are read through this stream when no file is given (for tests). */
  InputStream stdin = System.in;
  private nl.verrijk.pipeline.Pipeline pipeline;
  PrintStream out = System.out;
  PrintStream err = System.err;

  /** Enriches every input; returns 0, or 1 when some input could not be read. */
  @Override
  public Integer call() {
    pipeline = layers == null ? Verrijk.pipeline() : Verrijk.pipeline(layers);
    Inputs in = new Inputs(inputs, err);
    boolean readStdin = inputs.isEmpty() || in.stdin();
    if (!readStdin && in.files().isEmpty()) {
      err.println("verrijk: no input files in " + inputs);
      return 2;
    }
    int count = in.files().size() + (readStdin ? 1 : 0);
    Format f = format != null ? format : (count == 1 ? Format.json : Format.jsonl);
    chosen = f;
    boolean onePage = f == Format.html && count > 1;
    if (onePage) {
      out.print(ArticleHtml.header("verrijk: " + count + " articles"));
    }
    boolean failed = false;
    if (readStdin && Inputs.stdinClosed()) {
      err.println("verrijk: standard input is closed: give files or directories, or pipe text in");
      return 2;
    }
    java.util.Iterator<Article> fromStdin = java.util.Collections.emptyIterator();
    if (readStdin) {
      try {
        byte[] bytes = stdin.readAllBytes();
        fromStdin = input == InputKind.html ? java.util.List.of(page("stdin", bytes)).iterator()
            : windows("stdin", Inputs.decode(bytes));
        openWindows.add("stdin"); // standard input is no file of the progress count
      } catch (IOException | IllegalArgumentException e) {
        err.println("verrijk: cannot read standard input: " + e.getMessage());
        failed = true;
      }
    }
    Progress progress = new Progress(err, in.files().size(), err == System.err && System.console() != null);
    java.util.Iterator<Path> files = in.files().iterator();
    java.util.Iterator<Article> first = fromStdin;
    java.util.Iterator<Article> articles = new java.util.Iterator<>() {
      private Article next;
      private java.util.Iterator<Article> current = first;

      @Override
      public boolean hasNext() {
        while (next == null && (current.hasNext() || files.hasNext())) {
          if (current.hasNext()) {
            next = current.next();
          } else {
            current = read(files.next(), in, progress);
          }
        }
        return next != null;
      }

      @Override
      public Article next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        Article a = next;
        next = null;
        return a;
      }
    };
    pipeline.annotate(articles, Math.max(1, threads),
        a -> new Rendered(onePage ? part(a) : render(a, windowed && f == Format.json ? Format.jsonl : f),
            a.id() == null || !openWindows.remove(a.id())),
        rendered -> {
          out.print(rendered.text());
          if (rendered.endsInput()) {
            progress.step();
          }
        });
    progress.done();
    if (onePage) {
      out.print(ArticleHtml.footer());
    }
    out.flush();
    return failed || in.failed() ? 1 : 0;
  }

  /**
   * A file as the articles to enrich: one, or its windows when it is long; none (reported, and counted
   * as done) when it cannot be read.
   */
  private java.util.Iterator<Article> read(Path file, Inputs in, Progress progress) {
    if (input == InputKind.html || input == null && Inputs.isHtml(file)) {
      byte[] bytes = in.bytes(file, progress.clearing());
      if (bytes != null) {
        return java.util.List.of(page(file.toString(), bytes)).iterator();
      }
    } else {
      String text = in.read(file, progress.clearing());
      if (text != null) {
        return windows(file.toString(), text);
      }
    }
    progress.step();
    return java.util.Collections.emptyIterator();
  }

  /**
   * The text as one article, or as its windows ({@link nl.verrijk.text.Windows}) when it is longer than
   * {@code --window}: articles with the id {@code ID@OFFSET}, made one at a time as they are asked for.
   */
  private java.util.Iterator<Article> windows(String id, String text) {
    if (window <= 0 || text.length() <= window || chosen == Format.html || chosen == Format.naf) {
      return java.util.List.of(Article.builder(text).id(id).referenceTime(referenceTime).build()).iterator();
    }
    java.util.List<nl.verrijk.model.CharSpan> spans = nl.verrijk.text.Windows.of(text, window);
    err.println("verrijk: " + id + " has " + text.length() + " characters: enriched in " + spans.size()
        + " windows of whole paragraphs, each an article with the id " + id + "@OFFSET"
        + (chosen == Format.json ? ", one JSON line each" : ""));
    windowed = true;
    for (int i = 0; i < spans.size() - (id.equals("stdin") ? 0 : 1); i++) {
      openWindows.add(id + "@" + spans.get(i).begin());
    }
    return spans.stream().map(w -> Article.builder(text.substring(w.begin(), w.end())).id(id + "@" + w.begin())
        .referenceTime(referenceTime).build()).iterator();
  }

  /** An HTML page as an article to enrich; a page without article text is reported. */
  private Article page(String id, byte[] bytes) {
    Article page = HtmlReader.read(bytes, null);
    if (page.text().isEmpty()) {
      err.println("verrijk: " + id + ": no article text found on this page (a front page or an index?)");
    }
    return page.toBuilder().id(id).referenceTime(page.referenceTime() != null ? page.referenceTime() : referenceTime)
        .build();
  }

  private static String render(Article a, Format f) {
    return switch (f) {
      case json -> ArticleJson.toPrettyJson(a) + System.lineSeparator();
      case jsonl -> ArticleJson.toJson(a) + System.lineSeparator();
      case text -> a.render();
      case conllu -> nl.verrijk.io.ArticleConllu.write(a);
      case naf -> nl.verrijk.io.ArticleNaf.write(a) + System.lineSeparator();
      case html -> a.toHtml();
    };
  }

  /** One article of a page of several; its text element's id is {@code verrijk-text-} and the input's name. */
  private static String part(Article a) {
    return ArticleHtml.article(a, "verrijk-text-" + (a.id() == null ? "stdin" : a.id().replaceAll("\\s", "_")));
  }
}
