/**
 * The immutable article model (records and Guava immutable collections, no behaviour beyond navigation) and its
 * renderings for people: the JShell text of {@code Article.render()}, the HTML page of {@code Article.toHtml()}
 * ({@link nl.verrijk.model.ArticleHtml}) and the quotes table of {@code Article.quotesTable()}.
 */
package nl.verrijk.model;
