package nl.verrijk.quote;

/**
 * A reporting clause in one sentence: its cue token, its speaker's tokens {@code [speakerStart,
 * speakerEnd)} and, where the sentence has it outside quote marks, the reported content's tokens
 * {@code [from, to)} ({@code from = -1} for none). {@code back} marks {@code Dat zei X}, which
 * attributes the previous sentence. Mutable only while its sentence is read.
 */
final class ReportingClause {
  final int cue;
  final int speakerStart;
  final int speakerEnd;
  final ClauseRule rule;
  String ruleName;
  int from = -1;
  int to = -1;
  /** The first piece of a clause split around its cue ({@code Daar is volgens X ...}): tokens {@code [beforeFrom, beforeTo)}. */
  int beforeFrom = -1;
  int beforeTo = -1;
  boolean back;

  ReportingClause(int cue, int speakerStart, int speakerEnd, ClauseRule rule) {
    this.cue = cue;
    this.speakerStart = speakerStart;
    this.speakerEnd = speakerEnd;
    this.rule = rule;
    this.ruleName = rule.name();
  }

  /** Sets the reported content's tokens and returns this clause. */
  ReportingClause content(int from, int to) {
    this.from = from;
    this.to = to;
    return this;
  }

  /** Sets the content's first piece, before a cue in mid-clause, and returns this clause. */
  ReportingClause before(int from, int to) {
    this.beforeFrom = from;
    this.beforeTo = to;
    return this;
  }

  /** Sets the rule name that quotes from this clause carry, and returns this clause. */
  ReportingClause named(String name) {
    this.ruleName = name;
    return this;
  }

  /** Whether the clause reports content of its own outside quote marks. */
  boolean hasContent() {
    return from >= 0;
  }
}
