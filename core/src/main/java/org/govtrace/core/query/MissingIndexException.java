package org.govtrace.core.query;

import org.govtrace.core.GovTraceException;

/** There is no govtrace index in the directory asked, or it was written by an incompatible version. */
public final class MissingIndexException extends GovTraceException {

  public MissingIndexException(String message) {
    super(message);
  }
}
