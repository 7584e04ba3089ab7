/** Evaluation against gold data, off the runtime path. */
package nl.verrijk.eval;
