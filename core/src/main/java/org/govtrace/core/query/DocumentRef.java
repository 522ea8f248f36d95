package org.govtrace.core.query;

import org.govtrace.core.model.AnalyzedDocument;

/**
 * A short reference to a compared document.
 *
 * @param id the document id
 * @param source the file it was read from
 * @param title its title; null when none was found
 * @param year its year; 0 when unknown
 */
public record DocumentRef(String id, String source, String title, int year) {

  /**
   * The reference to an analysed document.
   *
   * @param doc the document
   * @return its id, source, title and year
   */

  public static DocumentRef of(AnalyzedDocument doc) {
    return new DocumentRef(doc.id().value(), doc.source(), doc.profile().title(), doc.profile().year());
  }
}
