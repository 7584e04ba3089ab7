package nl.verrijk.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.verrijk.html.HtmlReader;
import nl.verrijk.io.ArticleConllu;
import nl.verrijk.io.ArticleJson;
import nl.verrijk.io.Utf8;
import nl.verrijk.model.Article;
import nl.verrijk.pipeline.Pipeline;

/**
 * Verrijk over HTTP, for Python, R and other non-JVM users (as CoreNLP's server or Frog's {@code -S}):
 * {@code POST /enrich} with a UTF-8 text (or, with {@code ?input=html}, an HTML page) as the body
 * answers the enriched article ({@code ?format=json|jsonl|conllu|naf|text|html}, default json; an optional
 * {@code ?reference-time=2026-01-22T17:00:00Z} and {@code ?id=}); the same parameters may come as the
 * fields of a form ({@code application/x-www-form-urlencoded}, the text in {@code text}).
 * {@code GET /} is a page to paste a text into and read its view; {@code GET /health} and
 * {@code GET /version}. One pipeline, loaded once, serves every request. A body over the limit gets
 * 413, text that is not UTF-8 or a bad parameter 400, a request beyond the threads and the queue
 * 503, one that takes longer than the time limit 503 too; every request is logged in one line.
 */
public final class VerrijkServer implements AutoCloseable {

  /**
   * How the server runs.
   *
   * @param address where to listen ({@code 127.0.0.1:9000}; port 0 picks a free one)
   * @param threads how many requests are enriched at once
   * @param queue how many more may wait; beyond that, 503
   * @param maxBodyBytes the largest body accepted; beyond that, 413
   * @param timeout the longest a request may take; beyond that, 503
   */
  public record Options(InetSocketAddress address, int threads, int queue, long maxBodyBytes, Duration timeout) {
    /** Checks the limits. */
    public Options {
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(timeout, "timeout");
      if (threads < 1 || queue < 0 || maxBodyBytes < 1) {
        throw new IllegalArgumentException("threads must be at least 1, queue at least 0 and the body limit positive");
      }
    }

    /** Loopback on {@code port}, the cores as threads, a queue of 4 per thread, 10 MB, 60 s. */
    public static Options defaults(int port) {
      int cores = Runtime.getRuntime().availableProcessors();
      return new Options(new InetSocketAddress("127.0.0.1", port), cores, 4 * cores, 10L << 20, Duration.ofSeconds(60));
    }
  }

  private final HttpServer http;
  private final ExecutorService handlers;
  private final ExecutorService workers;
  private final Semaphore admitted;
  private final Pipeline pipeline;
  private final Options options;
  private final PrintStream log;
  private final String version;
  private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
  private volatile boolean closing;

  private VerrijkServer(Options options, Pipeline pipeline, PrintStream log) throws IOException {
    this.options = options;
    this.pipeline = pipeline;
    this.log = log;
    String v = VerrijkServer.class.getPackage().getImplementationVersion();
    this.version = v == null ? "dev" : v;
    this.admitted = new Semaphore(options.threads() + options.queue());
    this.handlers = Executors.newFixedThreadPool(options.threads() + options.queue() + 2, daemon("verrijk-http"));
    this.workers = Executors.newFixedThreadPool(options.threads(), daemon("verrijk-enrich"));
    this.http = HttpServer.create(options.address(), 64);
    http.setExecutor(handlers);
    http.createContext("/", this::handle);
    http.start();
  }

  /** Starts a server with this pipeline (load the models before: the first request should not wait). */
  public static VerrijkServer start(Options options, Pipeline pipeline, PrintStream log) {
    try {
      return new VerrijkServer(options, Objects.requireNonNull(pipeline, "pipeline"), Objects.requireNonNull(log, "log"));
    } catch (IOException e) {
      throw new nl.verrijk.pipeline.VerrijkException("cannot listen on " + options.address() + ": " + e.getMessage(), e);
    }
  }

  /** The port the server listens on. */
  public int port() {
    return http.getAddress().getPort();
  }

  /**
   * Stops: new requests get 503, the running ones finish (up to the time limit), then the server
   * closes its connections and threads.
   */
  @Override
  public synchronized void close() {
    if (closing) {
      return;
    }
    closing = true;
    long deadline = System.nanoTime() + options.timeout().toNanos();
    while (inFlight.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    http.stop(0);
    workers.shutdown();
    handlers.shutdown();
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /** The page of {@code GET /} and the policy that lets only its own script run. */
  private static final byte[] INDEX = resource("index.html");
  private static final String INDEX_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'; "
      + "form-action 'self'; script-src '" + scriptHash(new String(INDEX, StandardCharsets.UTF_8)) + "'";
  /** The view runs no script at all. */
  private static final String VIEW_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'";

  /** What a request is answered: status, media type, body and, for pages, their content security policy. */
  private record Answer(int status, String type, byte[] body, String policy) {
    Answer(int status, String type, byte[] body) {
      this(status, type, body, null);
    }

    static Answer text(int status, String message) {
      return new Answer(status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  /** A request refused while it is read, with its answer. */
  private static final class Refused extends Exception {
    private final transient Answer answer;

    Refused(Answer answer) {
      super(null, null, false, false);
      this.answer = answer;
    }
  }

  private void handle(HttpExchange x) throws IOException {
    long t0 = System.nanoTime();
    inFlight.incrementAndGet();
    try {
      Answer a;
      try {
        a = closing ? Answer.text(503, "the server is shutting down") : answer(x);
      } catch (RuntimeException e) {
        a = Answer.text(500, "error: " + e);
      }
      x.getResponseHeaders().set("Content-Type", a.type());
      x.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      if (a.policy() != null) {
        x.getResponseHeaders().set("Content-Security-Policy", a.policy());
      }
      x.sendResponseHeaders(a.status(), a.body().length == 0 ? -1 : a.body().length);
      try (OutputStream out = x.getResponseBody()) {
        out.write(a.body());
      }
      log.printf("verrijk serve: %s %s %d %d bytes %d ms%n", x.getRequestMethod(), x.getRequestURI(), a.status(),
          a.body().length, (System.nanoTime() - t0) / 1_000_000);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private Answer answer(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    String method = x.getRequestMethod();
    switch (path) {
      case "/":
        return method.equals("GET") ? new Answer(200, "text/html; charset=utf-8", INDEX, INDEX_POLICY)
            : Answer.text(405, "use GET /");
      case "/health":
        return method.equals("GET") ? Answer.text(200, "ok") : Answer.text(405, "use GET /health");
      case "/version":
        return method.equals("GET") ? Answer.text(200, "verrijk " + version) : Answer.text(405, "use GET /version");
      case "/enrich":
        return method.equals("POST") ? enrich(x) : Answer.text(405, "use POST /enrich with the text as the body");
      default:
        return Answer.text(404, "no such path: " + path + " (GET /, POST /enrich, GET /health, GET /version)");
    }
  }

  /** Answers {@code POST /enrich}: the request's article enriched and rendered, or why the request is refused. */
  private Answer enrich(HttpExchange x) throws IOException {
    Map<String, String> q = query(x.getRequestURI().getRawQuery());
    String format;
    Article in;
    try {
      byte[] body = body(x, q);
      format = format(q);
      in = article(body, q);
    } catch (Refused r) {
      return r.answer;
    }
    return annotateAndRender(in, format);
  }

  /** The text of the request: its body, or the {@code text} field of a form, whose other fields go into {@code q}. */
  private byte[] body(HttpExchange x, Map<String, String> q) throws IOException, Refused {
    String length = x.getRequestHeaders().getFirst("Content-Length");
    if (length != null && length.matches("\\d+") && Long.parseLong(length) > options.maxBodyBytes()) {
      drain(x.getRequestBody());
      throw tooLarge();
    }
    byte[] body = read(x.getRequestBody(), options.maxBodyBytes());
    if (body == null) {
      throw tooLarge();
    }
    String contentType = x.getRequestHeaders().getFirst("Content-Type");
    if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      Map<String, String> form = query(new String(body, StandardCharsets.UTF_8));
      if (!form.containsKey("text")) {
        throw new Refused(Answer.text(400, "a form must send the text in a field named text"));
      }
      // browsers send a text area's line breaks as CRLF; the text as typed has LF
      body = form.remove("text").replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
      q.putAll(form);
    }
    return body;
  }

  private Refused tooLarge() {
    return new Refused(Answer.text(413, "the body is over the limit of " + options.maxBodyBytes() + " bytes"));
  }

  /** The format the request asks for, json by default. */
  private static String format(Map<String, String> q) throws Refused {
    String format = q.getOrDefault("format", "json");
    if (!format.matches("json|jsonl|conllu|naf|text|html")) {
      throw new Refused(Answer.text(400, "format must be json, jsonl, conllu, naf, text or html, not " + format));
    }
    return format;
  }

  /** The article to enrich: the body as text or as an HTML page, with the request's id and reference time. */
  private static Article article(byte[] body, Map<String, String> q) throws Refused {
    String input = q.getOrDefault("input", "text");
    if (!input.equals("text") && !input.equals("html")) {
      throw new Refused(Answer.text(400, "input must be text or html, not " + input));
    }
    Instant reference;
    try {
      reference = q.containsKey("reference-time") ? Instant.parse(q.get("reference-time")) : null;
    } catch (DateTimeParseException e) {
      throw new Refused(Answer.text(400, "reference-time must be ISO-8601 (2026-01-22T17:00:00Z), not "
          + q.get("reference-time")));
    }
    if (input.equals("html")) {
      Article page = HtmlReader.read(body, null);
      return page.toBuilder().id(q.get("id")).referenceTime(page.referenceTime() != null ? page.referenceTime() : reference)
          .build();
    }
    try {
      return Article.builder(Utf8.decode(body)).id(q.get("id")).referenceTime(reference).build();
    } catch (IllegalArgumentException e) {
      throw new Refused(Answer.text(400, e.getMessage()));
    }
  }

  /** Enriches the article in a worker, when one is free or a place in the queue, within the time limit, and renders it. */
  private Answer annotateAndRender(Article in, String format) {
    if (!admitted.tryAcquire()) {
      return Answer.text(503, "busy: " + options.threads() + " requests are being enriched and " + options.queue()
          + " wait; try again shortly");
    }
    try {
      Future<Article> job = workers.submit(() -> pipeline.annotate(in));
      return rendered(job.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS), format);
    } catch (TimeoutException e) {
      return Answer.text(503, "the text took longer than " + options.timeout().toSeconds() + " s to enrich");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Answer.text(503, "interrupted while shutting down");
    } catch (java.util.concurrent.ExecutionException e) {
      return Answer.text(500, "could not enrich the text: " + e.getCause());
    } finally {
      admitted.release();
    }
  }

  /** The 200 answer with the enriched article in {@code format}. */
  private static Answer rendered(Article out, String format) {
    String rendered = switch (format) {
      case "jsonl" -> ArticleJson.toJson(out) + "\n";
      case "conllu" -> ArticleConllu.write(out);
      case "naf" -> nl.verrijk.io.ArticleNaf.write(out);
      case "text" -> out.render();
      case "html" -> out.toHtml();
      default -> ArticleJson.toPrettyJson(out) + "\n";
    };
    String type = format.startsWith("json") ? "application/json"
        : format.equals("naf") ? "application/xml"
        : format.equals("html") ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
    return new Answer(200, type, rendered.getBytes(StandardCharsets.UTF_8), format.equals("html") ? VIEW_POLICY : null);
  }

  /** The body, or null when it runs over {@code max} bytes. */
  private static byte[] read(InputStream in, long max) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    long total = 0;
    for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
      total += n;
      if (total > max) {
        drain(in);
        return null;
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private static void drain(InputStream in) throws IOException {
    byte[] buf = new byte[1 << 16];
    while (in.read(buf) >= 0) {
      // discard
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> q = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return q;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      q.put(k, v);
    }
    return q;
  }

  private static byte[] resource(String name) {
    try (InputStream in = VerrijkServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource nl/verrijk/server/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The CSP source of the page's one inline script: {@code sha256-} and its base64 digest. */
  private static String scriptHash(String page) {
    int from = page.indexOf("<script>") + "<script>".length();
    String script = page.substring(from, page.indexOf("</script>", from));
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + java.util.Base64.getEncoder().encodeToString(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads as {@code VerrijkServer[127.0.0.1:9000, 2 threads]}. */
  @Override
  public String toString() {
    return "VerrijkServer[" + http.getAddress().getHostString() + ":" + port() + ", " + options.threads() + " threads]";
  }
}
