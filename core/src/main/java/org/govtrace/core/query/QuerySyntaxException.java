package org.govtrace.core.query;

import org.govtrace.core.GovTraceException;

/** A search query is not valid Lucene syntax; the message names the query and the problem. */
public final class QuerySyntaxException extends GovTraceException {

  public QuerySyntaxException(String message, Throwable cause) {
    super(message, cause);
  }
}
