package nl.verrijk.html;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.dankito.readability4j.Readability4J;
import nl.verrijk.lang.WordList;
import nl.verrijk.structure.FurnitureRules;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The main text of a page as paragraphs and intertitles: page furniture removed by element
 * ({@code nav}, {@code footer}, scripts, forms, figures) and by class or id
 * ({@code furniture-classes.txt}), the article's element chosen by Readability (Mozilla's
 * algorithm, through Readability4J), then its blocks read in order, each block one paragraph;
 * blocks of link text only (teasers, menus) and blocks the structure reader's
 * {@link FurnitureRules} call furniture ({@code Lees ook:}, captions) are left out. Cost is linear
 * in the page.
 */
final class MainText {

  /** A block of the main text; {@code links} when all its text is link text (a teaser or a menu). */
  record Block(String text, boolean intertitle, boolean links) {}

  private static final ImmutableSet<String> FURNITURE_CLASSES = WordList.set("/nl/verrijk/html/furniture-classes.txt");
  private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "iframe", "svg",
      "form", "button", "select", "input", "textarea", "nav", "footer", "aside", "figure", "figcaption", "picture",
      "video", "audio", "object", "embed", "canvas", "dialog", "menu", "head");
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "blockquote", "li",
      "ul", "ol", "dl", "dt", "dd", "pre", "table", "tr", "td", "th", "tbody", "thead", "h1", "h2", "h3", "h4", "h5",
      "h6", "header", "center", "address", "hr", "br");
  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
  /**
   * Pages larger than this, or nested deeper than {@link #READABILITY_DEPTH}, skip Readability
   * (its scoring walks ancestors and repeats passes: quadratic on such pages) and read the cleaned
   * page's article element or body.
   */
  private static final int READABILITY_LIMIT = 2_000_000;
  private static final int READABILITY_DEPTH = 256;

  private MainText() {}

  /** The blocks of the page's main text, without the headline and the byline. */
  static List<Block> of(Document page, String url, int htmlLength, String headline, String byline) {
    removeFurniture(page);
    Element root = article(page, url, htmlLength);
    List<Block> blocks = new ArrayList<>();
    if (root != null) {
      read(root, blocks);
    }
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      if (!b.text().equals(headline) && !b.text().equals(byline) && !isBylineLine(b.text(), byline)
          && !b.links() && !FurnitureRules.isFurniture(b.text())) {
        out.add(b);
      }
    }
    return out;
  }

  private static boolean isBylineLine(String text, String byline) {
    return byline != null && text.length() <= byline.length() + 12 && text.contains(byline);
  }

  /** Removes what is never article text, in one pass over the page. */
  private static void removeFurniture(Document page) {
    List<Node> drop = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element e && e != page.body() && isFurniture(e)) {
          drop.add(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        if (node instanceof org.jsoup.nodes.Comment) {
          drop.add(node);
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, page);
    drop.forEach(Node::remove);
  }

  private static boolean isFurniture(Element e) {
    String tag = e.normalName();
    if (DROPPED.contains(tag)) {
      return true;
    }
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String role = e.attr("role");
    if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo")
        || role.equals("complementary") || role.equals("dialog") || role.equals("alertdialog")) {
      return true;
    }
    if (tag.equals("header") && e.selectFirst("h1") == null) {
      return true;
    }
    return hasFurnitureName(e.className()) || hasFurnitureName(e.id());
  }

  private static boolean hasFurnitureName(String names) {
    if (names.isEmpty()) {
      return false;
    }
    for (String part : names.split("[\\s_\\-]+|(?<=\\p{Ll})(?=\\p{Lu})")) {
      if (FURNITURE_CLASSES.contains(part.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The element holding the article: Readability's choice, else the page's article or main element, else its body. */
  private static Element article(Document page, String url, int htmlLength) {
    if (htmlLength <= READABILITY_LIMIT && depth(page) <= READABILITY_DEPTH) {
      try {
        Element content = new Readability4J(url == null ? "" : url, page.clone()).parse().getArticleContent();
        if (content != null && !content.text().isBlank()) {
          return content;
        }
      } catch (RuntimeException | StackOverflowError e) {
        // Readability gives up on some broken pages; the cleaned page is read instead
      }
    }
    Element a = page.selectFirst("article, main, [role=main]");
    return a != null ? a : page.body();
  }

  private static int depth(Document page) {
    int[] max = new int[1];
    NodeTraversor.traverse((node, depth) -> max[0] = Math.max(max[0], depth), page);
    return max[0];
  }

  /** Reads the blocks under {@code root} in document order; a heading of the body is an intertitle. */
  private static void read(Element root, List<Block> out) {
    StringBuilder line = new StringBuilder();
    boolean[] heading = new boolean[1];
    boolean[] allBold = {true};
    boolean[] allLink = {true};
    int[] boldDepth = new int[1];
    int[] linkDepth = new int[1];
    NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = t.getWholeText();
          if (!s.isBlank()) {
            allBold[0] &= boldDepth[0] > 0;
            allLink[0] &= linkDepth[0] > 0;
          }
          line.append(s);
        } else if (node instanceof Element e) {
          if (isBold(e)) {
            boldDepth[0]++;
          } else if (e.normalName().equals("a")) {
            linkDepth[0]++;
          } else if (isBlock(e)) {
            flush(line, heading[0], allBold[0], allLink[0], out);
            heading[0] = HEADINGS.contains(e.normalName());
            allBold[0] = true;
            allLink[0] = true;
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          if (isBold(e)) {
            boldDepth[0]--;
          } else if (e.normalName().equals("a")) {
            linkDepth[0]--;
          } else if (isBlock(e)) {
            flush(line, heading[0], allBold[0], allLink[0], out);
            heading[0] = false;
            allBold[0] = true;
            allLink[0] = true;
          }
        }
      }
    }, root);
    flush(line, heading[0], allBold[0], allLink[0], out);
  }

  private static boolean isBlock(Element e) {
    return BLOCKS.contains(e.normalName());
  }

  private static boolean isBold(Element e) {
    return e.normalName().equals("strong") || e.normalName().equals("b");
  }

  private static void flush(StringBuilder line, boolean heading, boolean allBold, boolean allLink, List<Block> out) {
    String text = PageMetadata.clean(line.toString());
    line.setLength(0);
    if (text == null) {
      return;
    }
    char last = text.charAt(text.length() - 1);
    boolean boldSubhead = allBold && text.length() <= 100 && last != '.' && last != ':' && last != ','
        && !text.startsWith("\"") && !text.startsWith("“");
    out.add(new Block(text, heading || boldSubhead, allLink));
  }
}
