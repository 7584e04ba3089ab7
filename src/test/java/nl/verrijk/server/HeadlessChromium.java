package nl.verrijk.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real headless Chromium, driven over the DevTools protocol with the JDK's WebSocket client: enough
 * to load a page, run a script in it, and take a screenshot. For the browser tests only.
 */
final class HeadlessChromium implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

  /** The browser on this machine ({@code chromium}, {@code chromium-browser} or Chrome on the PATH), or null. */
  static Path find() {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(java.io.File.pathSeparator))
        .flatMap(dir -> Stream.of("chromium", "chromium-browser", "google-chrome").map(n -> Path.of(dir, n)))
        .filter(Files::isExecutable).findFirst().orElse(null);
  }

  private HeadlessChromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** Starts the browser with an empty profile and a window of the given size, and attaches to its page. */
  static HeadlessChromium start(Path binary, int width, int height) throws Exception {
    Path profile = Files.createTempDirectory("verrijk-chromium");
    Process p = new ProcessBuilder(binary.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--hide-scrollbars",
        "--remote-debugging-port=0", "--remote-allow-origins=*", "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height, "about:blank")
        .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
      if (System.nanoTime() > deadline || !p.isAlive()) {
        p.destroyForcibly();
        throw new IllegalStateException("chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
      }
      Thread.sleep(50);
    }
    int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
    HttpClient http = HttpClient.newHttpClient();
    String page = null;
    while (page == null) {
      JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
          + "/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body());
      for (JsonNode t : targets) {
        if (t.path("type").asText().equals("page")) {
          page = t.path("webSocketDebuggerUrl").asText();
        }
      }
      if (page == null) {
        Thread.sleep(50);
      }
    }
    HeadlessChromium[] self = new HeadlessChromium[1];
    WebSocket ws = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
        .buildAsync(URI.create(page), new WebSocket.Listener() {
          private final StringBuilder message = new StringBuilder();

          @Override
          public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
              self[0].receive(message.toString());
              message.setLength(0);
            }
            w.request(1);
            return null;
          }
        }).get(10, TimeUnit.SECONDS);
    self[0] = new HeadlessChromium(p, profile, ws);
    return self[0];
  }

  private void receive(String message) {
    try {
      JsonNode m = JSON.readTree(message);
      if (m.has("id")) {
        CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
        if (f != null) {
          if (m.has("error")) {
            f.completeExceptionally(new IllegalStateException(m.get("error").toString()));
          } else {
            f.complete(m.get("result"));
          }
        }
      }
    } catch (IOException e) {
      pending.values().forEach(f -> f.completeExceptionally(e));
    }
  }

  /** Sends one DevTools command and waits for its result. */
  JsonNode send(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> f = new CompletableFuture<>();
    pending.put(id, f);
    ObjectNode m = JSON.createObjectNode().put("id", id).put("method", method);
    m.set("params", params == null ? JSON.createObjectNode() : params);
    socket.sendText(JSON.writeValueAsString(m), true).get(10, TimeUnit.SECONDS);
    return f.get(60, TimeUnit.SECONDS);
  }

  /** Loads a page and waits until its document is complete. */
  void navigate(String url) throws Exception {
    send("Page.navigate", JSON.createObjectNode().put("url", url));
    waitFor("document.readyState === 'complete' && location.href !== 'about:blank'", 30);
  }

  /** Evaluates a JavaScript expression in the page and returns its value as JSON. */
  JsonNode eval(String expression) throws Exception {
    JsonNode r = send("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
        .put("returnByValue", true).put("awaitPromise", true));
    if (r.has("exceptionDetails")) {
      throw new IllegalStateException("script failed: " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  /** Waits until a JavaScript condition holds, up to the given seconds. */
  void waitFor(String condition, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!eval("!!(" + condition + ")").asBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("timed out waiting for " + condition);
      }
      Thread.sleep(100);
    }
  }

  /** Saves a PNG of the whole page, as tall as its content. */
  void screenshot(Path file) throws Exception {
    JsonNode metrics = send("Page.getLayoutMetrics", null).path("cssContentSize");
    ObjectNode clip = JSON.createObjectNode().put("x", 0).put("y", 0).put("width", metrics.path("width").asDouble())
        .put("height", metrics.path("height").asDouble()).put("scale", 1);
    ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
    params.set("clip", clip);
    String data = send("Page.captureScreenshot", params).path("data").asText();
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, Base64.getDecoder().decode(data));
  }

  /** Stops the browser and removes its profile. */
  @Override
  public void close() throws IOException {
    socket.abort();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }
}
