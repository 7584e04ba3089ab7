/** Sentence splitters: tokens to sentences. */
package nl.verrijk.sentence;
