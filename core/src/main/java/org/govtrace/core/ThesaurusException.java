package org.govtrace.core;

/** A thesaurus file that cannot be read or is invalid; the message names the file and the entry at fault. */
public final class ThesaurusException extends GovTraceException {

  /**
   * A thesaurus error.
   *
   * @param message one sentence naming the file, the entry and what is wrong
   */
  public ThesaurusException(String message) {
    super(message);
  }

  /**
   * A thesaurus error caused by another.
   *
   * @param message one sentence naming the file, the entry and what is wrong
   * @param cause what went wrong underneath, such as a JSON syntax error
   */
  public ThesaurusException(String message, Throwable cause) {
    super(message, cause);
  }
}
