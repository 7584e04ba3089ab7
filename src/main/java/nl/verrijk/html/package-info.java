/** Web pages in: the charset, metadata and main text of an HTML news page, as an {@code Article} to enrich. */
package nl.verrijk.html;
