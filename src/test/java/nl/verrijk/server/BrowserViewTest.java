package nl.verrijk.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.verrijk.Verrijk;
import nl.verrijk.model.Article;
import nl.verrijk.model.Mention;
import nl.verrijk.model.Quote;
import nl.verrijk.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * The view in a real browser: {@code GET /} of a loopback server in headless Chromium, the example
 * article pasted and submitted, the DOM of the view read back, screenshots under
 * {@code target/browser/}. Skipped where no Chromium is installed, except on CI, where
 * {@code .ci/run} installs it and its absence fails the test.
 */
class BrowserViewTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The view's DOM as the browser built it: the text, the entity marks and the quote marks. */
  private static final String READ_VIEW = """
      (() => {
        // WCAG contrast of an element's text colour against the first opaque background behind it
        const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
        const lum = c => { const v = rgb(c).slice(0, 3).map(x => { x /= 255;
            return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
            return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
        const contrast = (d, e) => {
          let b = e, bg = 'rgb(255, 255, 255)';
          while (b && b.nodeType === 1) { const c = getComputedStyle(b).backgroundColor;
            if (rgb(c).length === 3 || rgb(c)[3] > 0) { bg = c; break; } b = b.parentElement; }
          const l1 = lum(getComputedStyle(e).color), l2 = lum(bg);
          return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
        };
        const frame = document.getElementById('view');
        const d = frame && frame.contentDocument;
        const t = d && d.getElementById('verrijk-text');
        if (!t) return null;
        const whole = e => !e.classList.contains('cont');
        return {
          text: t.textContent,
          entities: [...t.querySelectorAll('mark[data-type]')].filter(whole)
              .map(e => e.dataset.type + ' ' + e.textContent),
          types: [...t.querySelectorAll('mark[data-type]')].map(e => getComputedStyle(e, '::after').content),
          quotes: [...t.querySelectorAll('[data-kind]')].filter(whole).map(e => e.dataset.kind + ' ' + e.dataset.speaker),
          speakers: [...t.querySelectorAll('.speaker')].map(e => e.dataset.name),
          cues: t.querySelectorAll('.cue').length,
          rows: d.querySelectorAll('table.quote-table tbody tr').length,
          scripts: d.querySelectorAll('script').length,
          status: document.getElementById('status').textContent,
          contrast: Math.min(...[...d.querySelectorAll('.verrijk *')].filter(e => e.childNodes.length > 0)
              .map(e => contrast(d, e)))
        };
      })()""";

  private static Path chromium() {
    Path binary = HeadlessChromium.find();
    if (binary == null && System.getenv("CI") != null) {
      throw new AssertionError("CI must have chromium: .ci/run installs it");
    }
    assumeTrue(binary != null, "no chromium on this machine");
    return binary;
  }

  @Test
  void theServersPageShowsTheViewOfThePastedExample() throws Exception {
    Path binary = chromium();
    String text = Files.readString(Path.of("testdata/example.txt"));
    Pipeline pipeline = Verrijk.pipeline();
    Article expected = pipeline.annotate(Article.of(text));
    PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
    try (VerrijkServer server = VerrijkServer.start(new VerrijkServer.Options(new InetSocketAddress("127.0.0.1", 0),
            1, 2, 10L << 20, Duration.ofSeconds(60)), pipeline, quiet);
        HeadlessChromium browser = HeadlessChromium.start(binary, 1200, 1400)) {
      browser.navigate("http://127.0.0.1:" + server.port() + "/");
      browser.eval("document.getElementById('text').value = " + JSON.writeValueAsString(text)
          + "; document.getElementById('enrich').click(); true");
      browser.waitFor("(() => { const d = document.getElementById('view').contentDocument;"
          + " return d && d.getElementById('verrijk-text') && document.getElementById('status').textContent"
          + ".startsWith('Done'); })()", 60);
      JsonNode view = browser.eval(READ_VIEW);

      assertThat(view.path("text").asText()).isEqualTo(expected.text());
      List<String> entities = new ArrayList<>();
      for (Mention m : expected.mentions()) {
        entities.add(m.label() + " " + m.text());
      }
      assertThat(strings(view.path("entities"))).isEqualTo(entities).contains("PER Mariëlle Paul", "LOC Randstad");
      assertThat(strings(view.path("types"))).allMatch(c -> c.matches("\"(PER|LOC|ORG|MISC)\"|none"))
          .contains("\"PER\"", "\"LOC\"", "\"ORG\"");
      List<String> quotes = new ArrayList<>();
      for (Quote q : expected.quotes()) {
        quotes.add(q.kind() + " " + (q.speaker().name() != null ? q.speaker().name() : q.speaker().mention().text()));
      }
      assertThat(strings(view.path("quotes"))).isEqualTo(quotes).contains("DIRECT Thijs Roovers");
      assertThat(strings(view.path("speakers"))).contains("Mariëlle Paul", "Thijs Roovers");
      assertThat(view.path("cues").asInt()).isPositive();
      assertThat(view.path("rows").asInt()).isEqualTo(expected.quotes().size());
      assertThat(view.path("scripts").asInt()).isZero();
      assertThat(view.path("contrast").asDouble()).as("WCAG AA contrast of every text").isGreaterThanOrEqualTo(4.5);
      assertThat(view.path("status").asText()).startsWith("Done in"); // the page's own script ran under its policy
      browser.screenshot(Path.of("target/browser/server.png"));

      // the view alone, as Article.toHtml() writes it: the README's picture
      Path page = Path.of("target/browser/example.html").toAbsolutePath();
      Files.writeString(page, expected.toHtml());
      browser.navigate(page.toUri().toString());
      assertThat(browser.eval("document.getElementById('verrijk-text').textContent").asText()).isEqualTo(text);
      browser.screenshot(Path.of("target/browser/view.png"));
      assertThat(Files.size(Path.of("target/browser/view.png"))).isGreaterThan(10_000);
    }
  }

  @Test
  void aScriptInThePastedTextStaysText() throws Exception {
    Path binary = chromium();
    String text = "<script>document.title='gehackt'</script><img src=x onerror=\"document.title='gehackt'\"> zei hij.";
    PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
    try (VerrijkServer server = VerrijkServer.start(new VerrijkServer.Options(new InetSocketAddress("127.0.0.1", 0),
            1, 2, 10L << 20, Duration.ofSeconds(60)), Verrijk.pipeline(), quiet);
        HeadlessChromium browser = HeadlessChromium.start(binary, 800, 600)) {
      browser.navigate("http://127.0.0.1:" + server.port() + "/");
      browser.eval("document.getElementById('text').value = " + JSON.writeValueAsString(text)
          + "; document.getElementById('enrich').click(); true");
      browser.waitFor("(() => { const d = document.getElementById('view').contentDocument;"
          + " return d && d.getElementById('verrijk-text'); })()", 60);
      JsonNode r = browser.eval("(() => { const d = document.getElementById('view').contentDocument;"
          + " return { text: d.getElementById('verrijk-text').textContent, title: d.title, top: document.title,"
          + " bad: d.querySelectorAll('#verrijk-text script, #verrijk-text img').length }; })()");
      assertThat(r.path("text").asText()).isEqualTo(text);
      assertThat(r.path("bad").asInt()).isZero();
      assertThat(r.path("title").asText()).isNotEqualTo("gehackt");
      assertThat(r.path("top").asText()).isEqualTo("Verrijk");
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
