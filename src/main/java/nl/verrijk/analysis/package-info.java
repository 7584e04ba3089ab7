/** Lucene's Dutch analysis on tokens: search stems ({@code DutchAnalysis}) and the keywords ranked from them ({@code KeywordRanker}). */
package nl.verrijk.analysis;
