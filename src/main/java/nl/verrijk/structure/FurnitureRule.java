package nl.verrijk.structure;

import java.util.Set;
import nl.verrijk.pipeline.NamedRule;

/** A rule of the structure reader's chain that recognises one kind of page-furniture line. */
abstract class FurnitureRule extends NamedRule {

  FurnitureRule(String name) {
    super(name);
  }

  /**
   * Whether the line {@code [b, e)} of {@code text} is furniture; {@code earlier} holds the texts of
   * the lines above it.
   */
  abstract boolean matches(String text, int b, int e, Set<String> earlier);
}
