package nl.verrijk.pipeline;

/** The unchecked root of Verrijk's errors; messages say how to fix the problem. */
public class VerrijkException extends RuntimeException {

  /** Creates an exception with a message. */
  public VerrijkException(String message) {
    super(message);
  }

  /** Creates an exception with a message and a cause. */
  public VerrijkException(String message, Throwable cause) {
    super(message, cause);
  }
}
