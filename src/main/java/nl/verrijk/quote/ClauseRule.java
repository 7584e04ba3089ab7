package nl.verrijk.quote;

/** One way a reporting clause can be built around a cue; the chain is {@link ClauseRules#ORDER}. */
interface ClauseRule {

  /** The rule's name, recorded in {@code Quote.rule()} of the indirect quotes it finds. */
  String name();

  /** Whether the rule only applies when the cue token is a reporting verb (true but for cue words). */
  default boolean needsCueVerb() {
    return true;
  }

  /** The reporting clause whose cue is token {@code cue} of the sentence {@code [start, end)}, or null. */
  ReportingClause match(Phrases p, int cue, int start, int end);
}
