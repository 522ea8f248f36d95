package org.govtrace.core.query;

import org.govtrace.core.GovTraceException;

/** No indexed document (or more than one) matches the id prefix, file name or title asked for. */
public final class NoSuchDocumentException extends GovTraceException {

  /**
   * An exception with a message that names the index or document and says what to do.
   *
   * @param message one sentence for the user
   */
  public NoSuchDocumentException(String message) {
    super(message);
  }
}
