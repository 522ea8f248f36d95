package org.govtrace.core.query;

import org.govtrace.core.model.FindingKind;

/**
 * What to trace across documents.
 *
 * @param actors true for an actor trace (who holds which duty in which document), false for concepts
 * @param concept only concepts whose label or text contains this (and the concepts related to them); null for all
 * @param actor only actors whose name contains this; null for all
 * @param kind only findings of this kind; null for rights areas, focus areas and target groups (or
 *     responsibilities in an actor trace)
 * @param family only documents of this lineage family (substring of its name); null for all
 */
public record TraceRequest(boolean actors, String concept, String actor, FindingKind kind, String family) {

  /**
   * All concepts of all documents.
   *
   * @return the request
   */
  public static TraceRequest concepts() {
    return new TraceRequest(false, null, null, null, null);
  }

  /**
   * All actors of all documents.
   *
   * @return the request
   */

  public static TraceRequest allActors() {
    return new TraceRequest(true, null, null, null, null);
  }
}
