package org.govtrace.core.query;

import java.time.LocalDate;
import java.util.List;

/**
 * One board's document and what it says about a concern.
 *
 * @param board the issuing body, else the authoring office, else the file name
 * @param documentId the document's id
 * @param title the document's title; null if none was found
 * @param source the file it was read from
 * @param date the document's first date; null if it has none
 * @param evidence the sentences that raise the concern, in document order; empty when it is not raised
 */
public record BoardConcern(
    String board, String documentId, String title, String source, LocalDate date, List<EvidenceLine> evidence) {

  /** Copies the evidence list, so the record stays immutable. */
  public BoardConcern {
    evidence = List.copyOf(evidence);
  }
}
