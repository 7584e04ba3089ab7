package nl.verrijk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import nl.verrijk.Verrijk;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML view, read back with an HTML5 parser (jsoup): text content, marks, escaping. */
class ArticleHtmlTest {

  private static Element text(Document d) {
    return d.getElementById("verrijk-text");
  }

  private static Mention mention(Article a, String label, String form, int from) {
    int begin = a.text().indexOf(form, from);
    return new Mention(label, CharSpan.of(begin, begin + form.length()), TokenRange.of(0, 1), 0, form, 1.0);
  }

  @Test
  void theExampleArticlesTextIsExactlyTheTextElementsContent() throws Exception {
    Article a = Verrijk.enrich(Files.readString(Path.of("testdata/example.txt")));
    Document d = Jsoup.parse(a.toHtml());
    assertThat(text(d).wholeText()).isEqualTo(a.text());
    assertThat(text(d).select("mark[data-type]").stream().filter(e -> !e.hasClass("cont")).count())
        .isEqualTo(a.mentions().size());
    assertThat(text(d).select("[data-kind]").stream().filter(e -> !e.hasClass("cont"))
        .map(e -> e.attr("data-kind") + " " + e.attr("data-speaker")).toList())
        .isEqualTo(a.quotes().stream().map(q -> q.kind() + " " + QuoteTable.speakerName(q)).toList());
    assertThat(text(d).select("mark[data-type=PER]").eachAttr("data-name")).contains("Mariëlle Paul", "Thijs Roovers");
    assertThat(d.select("table.quote-table tbody tr")).hasSize(a.quotes().size());
    assertThat(d.select("script")).isEmpty();
    assertThat(d.select("link, img, iframe, [src]")).isEmpty(); // self-contained
    assertThat(d.title()).isEqualTo(a.headline().orElseThrow());
  }

  @Test
  void speakersAndCuesAreTiedToTheirQuotes() {
    Article a = Verrijk.enrich("\"We gaan door\", zei premier Mark Rutte. Hij zei later dat het kabinet blijft.");
    Element t = text(Jsoup.parse(a.toHtml()));
    for (Quote q : a.quotes()) {
      String n = String.valueOf(q.index() + 1);
      assertThat(t.select(".speaker").stream().anyMatch(e -> List.of(e.attr("data-quotes").split(" ")).contains(n)))
          .as("speaker of quote %s", n).isEqualTo(q.speaker().mention() != null);
      assertThat(t.select(".cue").stream().anyMatch(e -> List.of(e.attr("data-quotes").split(" ")).contains(n)))
          .as("cue of quote %s", n).isEqualTo(q.cue() != null);
    }
    assertThat(t.select(".speaker[data-resolved]").eachAttr("data-resolved")).contains("Mark Rutte");
  }

  @Test
  void markupInTheTextStaysText() {
    String s = "<script>alert('x')</script> & \"Rutte\" <b>zei</b> iets.\r\nEinde.";
    Article a = Verrijk.enrich(s);
    String html = a.toHtml();
    Document d = Jsoup.parse(html);
    assertThat(d.select("script, b")).isEmpty();
    assertThat(text(d).wholeText()).isEqualTo(s);
    assertThat(html).contains("&lt;script&gt;").contains("&#13;");
  }

  @Test
  void crossingSpansAreSplitAndStillNest() {
    // a quote that starts in the headline and ends inside a name
    Article base = Article.builder("Kop\n\"Dit zei Jan Smit\" tegen de pers").build();
    String t = base.text();
    int q0 = 2;
    int q1 = t.indexOf(" Smit") + 2; // ends inside "Smit"
    Mention jan = mention(base, "PER", "Jan Smit", 0);
    Speaker sp = new Speaker(jan, Speaker.Type.NAME, "Jan Smit", java.util.OptionalInt.of(0), null);
    Quote q = new Quote(0, Quote.Kind.DIRECT, CharSpan.of(q0, q1), t.substring(q0, q1), null, sp, 0, "test");
    Structure s = new Structure(CharSpan.of(0, 3), null, null, null, ImmutableList.of(
        new Section(0, Section.Kind.HEADLINE, CharSpan.of(0, 3), null, ImmutableList.of(CharSpan.of(0, 3)), null),
        new Section(1, Section.Kind.BODY, CharSpan.of(4, t.length()), null, ImmutableList.of(CharSpan.of(4, t.length())),
            null)));
    Article a = base.toBuilder().structure(s).entities(List.of(jan), List.of(new Entity(0, EntityType.PER, "Jan Smit",
        ImmutableList.of(0)))).quotes(List.of(q)).layer(Layer.ENTITIES).layer(Layer.QUOTES).build();
    Element e = text(Jsoup.parse(a.toHtml()));
    assertThat(e.wholeText()).isEqualTo(t);
    assertThat(e.select("[data-kind=DIRECT]")).hasSize(2); // split where the headline ends
    assertThat(e.select("[data-kind=DIRECT].cont")).hasSize(1);
    assertThat(e.select("mark[data-type=PER]")).hasSize(2); // split where the quote ends
    assertThat(e.select("mark[data-type=PER]").get(0).text()).isEqualTo("Jan S");
  }

  @Property(tries = 200)
  void anyMarksKeepTheTextExact(@ForAll @StringLength(min = 1, max = 60) @AlphaChars @Chars({' ', '\n', '\r', '\t', '<', '>', '&', '"', '\'', 'é'}) String s,
      @ForAll @IntRange(min = 0, max = 59) int b1, @ForAll @IntRange(min = 1, max = 60) int l1,
      @ForAll @IntRange(min = 0, max = 59) int b2, @ForAll @IntRange(min = 1, max = 60) int l2) {
    Article base = Article.builder(s).build();
    int n = s.length();
    CharSpan one = CharSpan.of(Math.min(b1, n - 1), Math.min(n, Math.min(b1, n - 1) + l1));
    CharSpan two = CharSpan.of(Math.min(b2, n - 1), Math.min(n, Math.min(b2, n - 1) + l2));
    Mention m = new Mention("ORG", one, TokenRange.of(0, 1), 0, one.of(s), 1.0);
    Mention cue = new Mention("CUE", two, TokenRange.of(0, 1), 0, two.of(s), 1.0);
    Quote q = new Quote(0, Quote.Kind.PARTIAL, two, two.of(s), cue, new Speaker(m, Speaker.Type.NAME, null, java.util.OptionalInt.empty(), null),
        0, "test");
    Article a = base.toBuilder().entities(List.of(m), List.of()).quotes(List.of(q)).layer(Layer.QUOTES).build();
    assertThat(text(Jsoup.parse(a.toHtml())).wholeText()).isEqualTo(s);
  }

  @Test
  void emptyAndBareArticlesGiveAPage() {
    Document empty = Jsoup.parse(Verrijk.enrich("").toHtml());
    assertThat(text(empty).wholeText()).isEmpty();
    Document bare = Jsoup.parse(Article.of("Alleen tekst.").toHtml());
    assertThat(text(bare).wholeText()).isEqualTo("Alleen tekst.");
    assertThat(bare.select("table, .legend li")).isEmpty();
    assertThatThrownBy(() -> ArticleHtml.page(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("article");
  }

  @Test
  void onlyWebAddressesBecomeLinks() {
    Page evil = new Page("javascript:alert(1)", null, null, null, null, null, null, null, null);
    Page good = new Page("https://nos.nl/artikel/1", "NOS", null, null, null, null, null, null, null);
    assertThat(Jsoup.parse(Article.builder("x").page(evil).build().toHtml()).select("a")).isEmpty();
    assertThat(Jsoup.parse(Article.builder("x").page(good).build().toHtml()).select("a").attr("href"))
        .isEqualTo("https://nos.nl/artikel/1");
  }

  @Test
  void aFragmentForNotebooksHasScopedStyleAndNoPage() {
    String f = ArticleHtml.fragment(Verrijk.enrich("Rutte zei dat het regent."));
    assertThat(f).startsWith("<style>").doesNotContain("<html").doesNotContain("<meta").doesNotContain("id=\"");
    String css = f.substring("<style>".length(), f.indexOf("</style>"));
    for (String rule : css.replaceAll("/\\*(?s:.*?)\\*/", "").split("}")) {
      if (!rule.isBlank()) {
        for (String selector : rule.substring(0, rule.indexOf('{')).split(",")) {
          assertThat(selector.strip()).as("scoped").startsWith(".verrijk");
        }
      }
    }
    assertThat(Jsoup.parse(f).select(".verrijk .verrijk-text").text()).isEqualTo("Rutte zei dat het regent.");
  }

  @Test
  void severalArticlesMakeOnePage() {
    List<String> parts = new ArrayList<>();
    parts.add(ArticleHtml.header("twee"));
    parts.add(ArticleHtml.article(Verrijk.enrich("Een."), "verrijk-text-1"));
    parts.add(ArticleHtml.article(Verrijk.enrich("Twee."), "verrijk-text-2"));
    parts.add(ArticleHtml.footer());
    Document d = Jsoup.parse(String.join("", parts));
    assertThat(d.select(".verrijk-text").eachText()).containsExactly("Een.", "Twee.");
  }
}
