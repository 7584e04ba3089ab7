package nl.verrijk.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.verrijk.Shared;
import nl.verrijk.Verrijk;
import nl.verrijk.io.ArticleJson;
import nl.verrijk.model.Article;
import nl.verrijk.model.Layer;
import nl.verrijk.pipeline.Annotator;
import nl.verrijk.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** The HTTP server on a free loopback port. */
class VerrijkServerTest {

  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private VerrijkServer start(Pipeline p, int threads, int queue, long maxBody) {
    return VerrijkServer.start(new VerrijkServer.Options(new InetSocketAddress("127.0.0.1", 0), threads, queue, maxBody,
        Duration.ofSeconds(60)), p, new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  private HttpResponse<String> post(VerrijkServer s, String query, byte[] body) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/enrich" + query))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).timeout(Duration.ofSeconds(120)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(VerrijkServer s, String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void fiftyConcurrentRequestsGetWhatVerrijkEnrichGives() throws Exception {
    List<String> texts = new ArrayList<>();
    for (String paragraph : Shared.exampleArticle().split("\n+")) {
      if (paragraph.length() > 40 && texts.size() < 50) {
        texts.add(paragraph);
      }
    }
    while (texts.size() < 50) {
      texts.add("Bericht " + texts.size() + ": volgens minister De Jonge in Den Haag gaat het goed, zei hij.");
    }
    try (VerrijkServer s = start(Verrijk.pipeline(), 2, 8, 10L << 20)) {
      ExecutorService senders = Executors.newFixedThreadPool(8);
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (String t : texts) {
        answers.add(senders.submit(() -> post(s, "", t.getBytes(StandardCharsets.UTF_8))));
      }
      for (int i = 0; i < texts.size(); i++) {
        HttpResponse<String> r = answers.get(i).get(180, TimeUnit.SECONDS);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(ArticleJson.fromJson(r.body())).isEqualTo(Verrijk.enrich(texts.get(i)));
      }
      senders.shutdown();
    }
    assertThat(log.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("POST /enrich 200"))).hasSize(50);
  }

  @Test
  void badRequestsGetClearAnswers() throws Exception {
    try (VerrijkServer s = start(Verrijk.pipeline(EnumSet.of(Layer.SENTENCES)), 1, 1, 100)) {
      assertThat(get(s, "/health").body()).isEqualTo("ok\n");
      assertThat(get(s, "/version").body()).startsWith("verrijk ");
      assertThat(get(s, "/enrich").statusCode()).isEqualTo(405);
      assertThat(get(s, "/elders").statusCode()).isEqualTo(404);
      assertThat(post(s, "", new byte[101]).statusCode()).as("over the limit").isEqualTo(413);
      HttpResponse<String> binary = post(s, "", new byte[] {(byte) 0xC3, 0x28});
      assertThat(binary.statusCode()).isEqualTo(400);
      assertThat(binary.body()).contains("not UTF-8 text: byte 0");
      assertThat(post(s, "?format=xml", "x".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);
      assertThat(post(s, "?reference-time=gisteren", "x".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);
      HttpResponse<String> conllu = post(s, "?format=conllu&id=a1", "Het regent.".getBytes(StandardCharsets.UTF_8));
      assertThat(conllu.body()).startsWith("# newdoc id = a1\n# sent_id = a1.1\n# text = Het regent.\n");
    }
  }

  @Test
  void theFrontPageAndItsFormGiveTheView() throws Exception {
    try (VerrijkServer s = start(Verrijk.pipeline(), 1, 1, 10L << 20)) {
      HttpResponse<String> front = get(s, "/");
      assertThat(front.statusCode()).isEqualTo(200);
      assertThat(front.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
      assertThat(front.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'sha256-");
      org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(front.body());
      assertThat(page.select("form[action=/enrich][method=post] textarea[name=text]")).hasSize(1);
      assertThat(page.select("iframe[name=view]")).hasSize(1);
      // what the form sends: fields, line breaks as CRLF
      String text = "\"We gaan door\", zei Mark Rutte.\nEinde & <uit>.";
      String form = "text=" + java.net.URLEncoder.encode(text.replace("\n", "\r\n"), StandardCharsets.UTF_8)
          + "&input=text&format=html";
      HttpResponse<String> view = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
          + "/enrich")).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(view.statusCode()).isEqualTo(200);
      assertThat(view.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
      assertThat(view.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("default-src 'none'");
      assertThat(view.body()).isEqualTo(Verrijk.enrich(text).toHtml());
      HttpResponse<String> noText = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
          + "/enrich")).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("format=html")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(noText.statusCode()).isEqualTo(400);
      assertThat(post(s, "?format=html", "Het regent.".getBytes(StandardCharsets.UTF_8)).body())
          .contains("id=\"verrijk-text\"");
    }
  }

  @Test
  void requestsBeyondTheThreadsAndTheQueueAreTurnedAway() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Annotator slow = new Annotator() {
      @Override
      public String name() {
        return "slow";
      }

      @Override
      public Set<Layer> requires() {
        return Set.of();
      }

      @Override
      public Set<Layer> produces() {
        return Set.of();
      }

      @Override
      public Article annotate(Article a) {
        inside.countDown();
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return a;
      }
    };
    try (VerrijkServer s = start(Verrijk.builder().add(slow).build(), 1, 0, 1000)) {
      ExecutorService one = Executors.newSingleThreadExecutor();
      Future<HttpResponse<String>> first = one.submit(() -> post(s, "", "eerst".getBytes(StandardCharsets.UTF_8)));
      assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
      HttpResponse<String> second = post(s, "", "dan".getBytes(StandardCharsets.UTF_8));
      assertThat(second.statusCode()).isEqualTo(503);
      assertThat(second.body()).contains("busy");
      Thread closer = new Thread(s::close);
      closer.start(); // a graceful stop waits for the running request
      Thread.sleep(200);
      assertThat(closer.isAlive()).isTrue();
      release.countDown();
      assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      closer.join(30_000);
      assertThat(closer.isAlive()).isFalse();
      one.shutdown();
    }
  }
}
