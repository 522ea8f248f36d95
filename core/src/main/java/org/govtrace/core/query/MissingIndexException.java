package org.govtrace.core.query;

import org.govtrace.core.GovTraceException;

/** There is no govtrace index in the directory asked, or it was written by an incompatible version. */
public final class MissingIndexException extends GovTraceException {

  /**
   * An exception with a message that names the index or document and says what to do.
   *
   * @param message one sentence for the user
   */
  public MissingIndexException(String message) {
    super(message);
  }
}
