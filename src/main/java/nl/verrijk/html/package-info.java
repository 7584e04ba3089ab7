/**
 * Web pages in: the charset, metadata and main text of an HTML news page, as an {@code Article} to enrich.
 * A front end above the annotators, not one of them: it asks the structure reader for a page's headline and
 * furniture lines, and no annotator depends on it ({@code ArchitectureTest}).
 */
package nl.verrijk.html;
