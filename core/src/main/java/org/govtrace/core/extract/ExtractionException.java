package org.govtrace.core.extract;

import org.govtrace.core.GovTraceException;

/**
 * A file could not be extracted. The message is one sentence naming the file, the reason and what to do; the
 * {@link #failure()} lets an indexer count failures by reason and go on with the next file.
 */
public final class ExtractionException extends GovTraceException {

  private final ExtractionFailure failure;
  private final String source;

  /** An exception with an explicit message. */
  public ExtractionException(ExtractionFailure failure, String message, Throwable cause) {
    this(failure, null, message, cause);
  }

  private ExtractionException(ExtractionFailure failure, String source, String message, Throwable cause) {
    super(message, cause);
    this.failure = failure;
    this.source = source;
  }

  /** An exception for the file named {@code source} whose message is {@link ExtractionFailure#describe}. */
  public static ExtractionException of(ExtractionFailure failure, String source, Throwable cause) {
    return new ExtractionException(failure, source, failure.describe(source), cause);
  }

  /** Why extraction failed. */
  public ExtractionFailure failure() {
    return failure;
  }

  /** The file that failed, or null when the exception was built with an explicit message only. */
  public String source() {
    return source;
  }
}
