package nl.verrijk.html;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verrijk.model.Article;
import nl.verrijk.model.CharSpan;
import nl.verrijk.model.Page;
import nl.verrijk.structure.RuleBasedStructureReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads an HTML news page into an {@link Article} to enrich: its text is the headline, then the
 * main text's paragraphs and intertitles, each on a line of its own with a blank line between
 * them (so every offset points into that extracted text); its {@link Page} keeps the address and
 * the metadata, and where the headline and intertitles are; its reference time is the publication
 * time. A page that marks no headline gets the one the structure reader finds in the text, and
 * what stands above it is left out. A page without article text (a front page of teasers) gives
 * an article with empty text and the page's metadata. Stateless and thread-safe.
 */
public final class HtmlReader {

  /**
   * Text in long paragraphs (of {@link #LONG_PARAGRAPH} characters or more) that a page needs to be
   * taken for an article: one long paragraph when it declares an article or has a title, this much
   * when it declares nothing, {@link #MIN_OTHER_CHARS} when it says it is something else.
   */
  private static final int MIN_ARTICLE_CHARS = 250;
  private static final int MIN_OTHER_CHARS = 600;
  private static final int LONG_PARAGRAPH = 100;
  private static final Pattern BYLINE = Pattern.compile(
      "(?:[Dd]oor\\s+(?:(?:een\\s+)?onzer?\\s+\\p{L}+\\s+)?|[Vv]an\\s+(?:een\\s+)?onzer?\\s+\\p{L}+\\s*)"
          + "(?<name>\\p{Lu}[^.]{1,70})?");

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
    List<MainText.Block> blocks = new ArrayList<>(
        MainText.of(doc, meta.url(), html.length(), meta.headline(), meta.byline()));
    String byline = takeByline(blocks, meta.byline());
    String headline = meta.headline();
    if (headline == null) {
      headline = headlineFromText(blocks);
    }
    int longText = longText(blocks);
    boolean article = switch (meta.kind()) {
      case ARTICLE, UNDECLARED_WITH_TITLE -> longText > 0;
      case UNDECLARED -> longText >= MIN_ARTICLE_CHARS || headline != null && longText > 0;
      case OTHER -> longText >= MIN_OTHER_CHARS;
    };
    StringBuilder text = new StringBuilder();
    CharSpan headlineSpan = null;
    ImmutableList.Builder<CharSpan> intertitles = ImmutableList.builder();
    if (article) {
      if (headline != null) {
        text.append(headline);
        headlineSpan = new CharSpan(0, text.length());
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
    Page page = new Page(meta.url(), meta.siteName(), byline, meta.published(), meta.description(),
        meta.language(), charset, headlineSpan, intertitles.build());
    return Article.builder(text.toString()).page(page).referenceTime(meta.published()).build();
  }

  /** Takes a {@code Door ...} block above the first long paragraph out; returns the byline. */
  private static String takeByline(List<MainText.Block> blocks, String byline) {
    for (int i = 0; i < blocks.size() && blocks.get(i).text().length() < LONG_PARAGRAPH; i++) {
      Matcher m = BYLINE.matcher(blocks.get(i).text());
      if (m.matches()) {
        blocks.remove(i);
        return byline != null || m.group("name") == null ? byline : m.group("name").strip();
      }
    }
    return byline;
  }

  /**
   * For a page whose markup names no headline: the headline the structure reader finds in the
   * blocks, with the blocks above it (page furniture) and itself taken out; or null.
   */
  private static String headlineFromText(List<MainText.Block> blocks) {
    StringBuilder text = new StringBuilder();
    List<Integer> starts = new ArrayList<>();
    for (MainText.Block b : blocks) {
      starts.add(text.length());
      text.append(b.text()).append("\n\n");
    }
    CharSpan h = RuleBasedStructureReader.instance().read(text.toString(), null).headline();
    if (h == null) {
      return null;
    }
    int i = 0;
    while (i + 1 < starts.size() && starts.get(i + 1) <= h.begin()) {
      i++;
    }
    blocks.subList(0, i + 1).clear();
    return h.of(text.toString());
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
