/**
 * Dependency parsing: a greedy arc-hybrid transition parser with averaged-perceptron classifiers for
 * transitions and relations ({@link nl.verrijk.parse.DependencyParser}), its trainer with a dynamic
 * oracle ({@link nl.verrijk.parse.ParserTrainer}), and the annotator that adds the DEPENDENCIES
 * layer ({@link nl.verrijk.parse.DependencyAnnotator}).
 */
package nl.verrijk.parse;
