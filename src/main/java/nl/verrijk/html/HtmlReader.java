package nl.verrijk.html;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import nl.verrijk.model.Article;
import nl.verrijk.model.CharSpan;
import nl.verrijk.model.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads an HTML news page into an {@link Article} to enrich: its text is the headline, then the
 * main text's paragraphs and intertitles, each on a line of its own with a blank line between
 * them (so every offset points into that extracted text); its {@link Page} keeps the address and
 * the metadata, and where the headline and intertitles are; its reference time is the publication
 * time. A page without article text (a front page of teasers) gives an article with empty text and
 * the page's metadata. Stateless and thread-safe.
 */
public final class HtmlReader {

  /** Text of long paragraphs below which a page that does not declare an article is taken to have none. */
  private static final int MIN_ARTICLE_CHARS = 250;
  private static final int LONG_PARAGRAPH = 100;

  private HtmlReader() {}

  /** Reads a page given as characters. */
  public static Article read(String html) {
    return read(html, null);
  }

  /** Reads a page given as characters, read from {@code url} (may be null). */
  public static Article read(String html, String url) {
    Objects.requireNonNull(html, "html must not be null");
    return read(html, url, null);
  }

  /** Reads a page given as bytes, finding the charset as browsers do ({@link HtmlDecoding}). */
  public static Article read(byte[] bytes, String url) {
    HtmlDecoding.Decoded d = HtmlDecoding.decode(bytes);
    return read(d.html(), url, d.charset());
  }

  private static Article read(String html, String url, String charset) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    PageMetadata meta = PageMetadata.of(doc, url);
    List<MainText.Block> blocks = MainText.of(doc, meta.url(), html.length(), meta.headline(), meta.byline());
    boolean article = !blocks.isEmpty() && (meta.declaresArticle() || longText(blocks) >= MIN_ARTICLE_CHARS);
    StringBuilder text = new StringBuilder();
    CharSpan headline = null;
    ImmutableList.Builder<CharSpan> intertitles = ImmutableList.builder();
    if (article) {
      if (meta.headline() != null) {
        text.append(meta.headline());
        headline = new CharSpan(0, text.length());
      }
      for (MainText.Block b : blocks) {
        if (text.length() > 0) {
          text.append("\n\n");
        }
        int begin = text.length();
        text.append(b.text());
        if (b.intertitle()) {
          intertitles.add(new CharSpan(begin, text.length()));
        }
      }
      text.append('\n');
    }
    Page page = new Page(meta.url(), meta.siteName(), meta.byline(), meta.published(), meta.description(),
        meta.language(), charset, headline, intertitles.build());
    return Article.builder(text.toString()).page(page).referenceTime(meta.published()).build();
  }

  private static int longText(List<MainText.Block> blocks) {
    int n = 0;
    for (MainText.Block b : blocks) {
      if (b.text().length() >= LONG_PARAGRAPH) {
        n += b.text().length();
      }
    }
    return n;
  }
}
