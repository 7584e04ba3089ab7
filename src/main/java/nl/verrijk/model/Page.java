package nl.verrijk.model;

import com.google.common.collect.ImmutableList;
import java.time.Instant;

/**
 * Where an article's text came from when it was read from a web page: the page's address and
 * metadata, and the parts its markup marked. Every span points into the article's text, which is
 * the text extracted from the page.
 *
 * @param url the page's canonical address ({@code <link rel=canonical>}, {@code og:url}) or the
 *     address it was read from; or null
 * @param siteName the site's name ({@code og:site_name}, JSON-LD publisher), or null
 * @param byline the authors as the page names them, or null
 * @param published when the page says it was published, or null
 * @param description the page's summary ({@code og:description}), or null
 * @param language the page's language ({@code <html lang>}), or null
 * @param charset the character encoding the page's bytes were read in, or null for text input
 * @param headline where the page's title ({@code <h1>}, {@code og:title}) is in the text, or null
 * @param intertitles where the subheads of the body ({@code <h2>}-{@code <h6>}) are in the text
 */
public record Page(
    String url,
    String siteName,
    String byline,
    Instant published,
    String description,
    String language,
    String charset,
    CharSpan headline,
    ImmutableList<CharSpan> intertitles) {

  /** Normalises a null intertitle list to an empty one. */
  public Page {
    intertitles = intertitles == null ? ImmutableList.of() : intertitles;
  }

  /** Reads as {@code Page[https://nos.nl/artikel/1, NOS, published 2025-03-14T09:12:00Z, 2 intertitles]}. */
  @Override
  public String toString() {
    return "Page[" + (url == null ? "no url" : url) + (siteName == null ? "" : ", " + siteName)
        + (published == null ? "" : ", published " + published) + ", " + intertitles.size() + " intertitles]";
  }
}
