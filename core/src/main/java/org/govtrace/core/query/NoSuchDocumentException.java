package org.govtrace.core.query;

import org.govtrace.core.GovTraceException;

/** No indexed document (or more than one) matches the id prefix, file name or title asked for. */
public final class NoSuchDocumentException extends GovTraceException {

  public NoSuchDocumentException(String message) {
    super(message);
  }
}
