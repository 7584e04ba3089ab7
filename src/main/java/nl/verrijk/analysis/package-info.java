/** Lucene's Dutch analysis on tokens: search stems and keywords. */
package nl.verrijk.analysis;
