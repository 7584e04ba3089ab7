package nl.verrijk.structure;

import java.util.Set;

/** A rule of the structure reader's chain that recognises one kind of page-furniture line. */
interface FurnitureRule {

  /** The rule's name, as the README and the tests use it. */
  String name();

  /**
   * Whether the line {@code [b, e)} of {@code text} is furniture; {@code earlier} holds the texts of
   * the lines above it.
   */
  boolean matches(String text, int b, int e, Set<String> earlier);
}
