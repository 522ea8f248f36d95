package org.govtrace.core;

/**
 * The root of govtrace's unchecked exceptions. Its message is one sentence a user can act on: it names the
 * thing (file, index, query) and says what to do.
 */
public class GovTraceException extends RuntimeException {

  /**
   * An exception without a cause.
   *
   * @param message one sentence naming the thing and what to do
   */
  public GovTraceException(String message) {
    super(message);
  }

  /**
   * An exception caused by another, such as an {@link java.io.IOException}.
   *
   * @param message one sentence naming the thing and what to do
   * @param cause the underlying failure
   */
  public GovTraceException(String message, Throwable cause) {

    super(message, cause);
  }
}
