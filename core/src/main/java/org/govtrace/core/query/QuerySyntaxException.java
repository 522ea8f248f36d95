package org.govtrace.core.query;

import org.govtrace.core.GovTraceException;

/** A search query is not valid Lucene syntax; the message names the query and the problem. */
public final class QuerySyntaxException extends GovTraceException {

  /**
   * An exception with a message that names the query and the problem.
   *
   * @param message one sentence for the user
   * @param cause the parser's exception, or null
   */
  public QuerySyntaxException(String message, Throwable cause) {
    super(message, cause);
  }
}
