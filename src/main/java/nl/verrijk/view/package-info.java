/**
 * Views of an enriched article for people: the HTML page of {@code Article.toHtml()} and
 * {@code enrich --format html}, and the quotes table of {@code Article.quotesTable()}.
 */
package nl.verrijk.view;
