package nl.verrijk.pipeline;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** A pipeline that cannot work as configured; lists every problem found at once. */
public final class PipelineException extends VerrijkException {

  private final ImmutableList<String> problems;

  /** Creates an exception listing every problem. */
  public PipelineException(List<String> problems) {
    super("the pipeline cannot run:\n  - " + String.join("\n  - ", problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Returns the problems, one sentence each. */
  public ImmutableList<String> problems() {
    return problems;
  }
}
