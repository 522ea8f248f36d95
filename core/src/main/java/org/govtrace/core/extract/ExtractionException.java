package org.govtrace.core.extract;

import org.govtrace.core.GovTraceException;

/** A file could not be extracted: the message names the file, the reason and what to do. */
public final class ExtractionException extends GovTraceException {

  private final ExtractionFailure failure;

  public ExtractionException(ExtractionFailure failure, String message, Throwable cause) {
    super(message, cause);
    this.failure = failure;
  }

  /** Why extraction failed. */
  public ExtractionFailure failure() {
    return failure;
  }
}
