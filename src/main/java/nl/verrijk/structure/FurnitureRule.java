package nl.verrijk.structure;

import java.util.Set;

/** A rule of the structure reader's chain that recognises one kind of page-furniture line. */
abstract class FurnitureRule {

  private final String name;

  FurnitureRule(String name) {
    this.name = name;
  }

  /** The rule's name, as the README and the tests use it. */
  final String name() {
    return name;
  }

  /**
   * Whether the line {@code [b, e)} of {@code text} is furniture; {@code earlier} holds the texts of
   * the lines above it.
   */
  abstract boolean matches(String text, int b, int e, Set<String> earlier);

  /** Reads as the rule's name. */
  @Override
  public String toString() {
    return name;
  }
}
