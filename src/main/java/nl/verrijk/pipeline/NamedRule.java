package nl.verrijk.pipeline;

import java.util.Objects;

/**
 * A rule of an annotator's ordered chain (quote sieves, clause rules, furniture rules): it has a
 * name, which results record and the README and tests use, and reads as it in JShell.
 */
public abstract class NamedRule {

  private final String name;

  /** Names the rule. */
  protected NamedRule(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  /** The rule's name. */
  public final String name() {
    return name;
  }

  /** Reads as the rule's name. */
  @Override
  public String toString() {
    return name;
  }
}
