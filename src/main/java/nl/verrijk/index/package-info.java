/** The embedded Lucene index of enriched articles. */
package nl.verrijk.index;
