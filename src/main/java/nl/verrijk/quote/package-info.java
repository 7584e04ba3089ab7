/** Quotes and their speakers. */
package nl.verrijk.quote;
