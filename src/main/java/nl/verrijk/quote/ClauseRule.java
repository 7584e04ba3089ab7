package nl.verrijk.quote;

import nl.verrijk.pipeline.NamedRule;

/** One way a reporting clause can be built around a cue; the chain is {@link ClauseRules#ORDER}. */
abstract class ClauseRule extends NamedRule {

  ClauseRule(String name) {
    super(name);
  }

  /** Whether the rule only applies when the cue token is a reporting verb (true but for cue words). */
  boolean needsCueVerb() {
    return true;
  }

  /** The reporting clause whose cue is token {@code cue} of the sentence {@code [start, end)}, or null. */
  abstract ReportingClause match(Phrases p, int cue, int start, int end);
}
