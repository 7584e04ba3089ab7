/**
 * What training and evaluation share: the splits of the treebank (the news dev split, every tenth
 * sentence) and the model manifests, so that {@code train} and {@code eval} never import each other.
 */
package nl.verrijk.corpus;
