package org.govtrace.core;

/**
 * The root of govtrace's unchecked exceptions. Its message is one sentence a user can act on: it names the
 * thing (file, index, query) and says what to do.
 */
public class GovTraceException extends RuntimeException {

  public GovTraceException(String message) {
    super(message);
  }

  public GovTraceException(String message, Throwable cause) {
    super(message, cause);
  }
}
