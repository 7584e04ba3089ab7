/** Tokenizers: text to token spans. */
package nl.verrijk.tokenize;
