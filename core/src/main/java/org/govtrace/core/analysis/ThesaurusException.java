package org.govtrace.core.analysis;

import org.govtrace.core.GovTraceException;

/** A thesaurus file that cannot be read or is invalid; the message names the file and the entry at fault. */
public final class ThesaurusException extends GovTraceException {

  public ThesaurusException(String message) {
    super(message);
  }

  public ThesaurusException(String message, Throwable cause) {
    super(message, cause);
  }
}
