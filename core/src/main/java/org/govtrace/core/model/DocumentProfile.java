package org.govtrace.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Who wrote a document, what it is and what it answers.
 *
 * @param type the genre
 * @param issuingBody the board (nämnd) the document speaks for, such as "Farsta stadsdelsnämnd"; null if unknown
 * @param authoringOffice the office (förvaltning) that wrote it, such as "Farsta stadsdelsförvaltning"; null if unknown
 * @param ownDnr the document's own diary number (diarienummer), normalised as {@code FAR 2025/606}; null if none
 * @param referencedDnrs other diary numbers the text cites, in order of first mention
 * @param dates every calendar date with day precision in the text, in order of first mention
 * @param title the document's title; null if none was found
 * @param respondsTo the title of the document it answers ("Svar på remiss …"); null if it answers none
 */
public record DocumentProfile(
    DocumentType type,
    String issuingBody,
    String authoringOffice,
    String ownDnr,
    List<String> referencedDnrs,
    List<LocalDate> dates,
    String title,
    String respondsTo) {

  /** Copies the lists, so the record is immutable. */
  public DocumentProfile {
    referencedDnrs = List.copyOf(referencedDnrs);
    dates = List.copyOf(dates);
  }

  /**
   * The document's year, from its earliest date.
   *
   * @return the year, or 0 when the document has no date
   */

  public int year() {
    return dates.stream().map(LocalDate::getYear).min(Integer::compare).orElse(0);
  }
}
