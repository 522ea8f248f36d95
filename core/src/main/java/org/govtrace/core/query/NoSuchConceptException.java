package org.govtrace.core.query;

import org.govtrace.core.GovTraceException;

/** A trace asked for a concept (rättighetsområde, fokusområde, målgrupp) or an actor that no indexed document names. */
public final class NoSuchConceptException extends GovTraceException {

  /**
   * An exception with a message that names what was asked for and what the corpus has instead.
   *
   * @param message one sentence for the user
   */
  public NoSuchConceptException(String message) {
    super(message);
  }
}
