package org.govtrace.core.query;

import java.util.List;
import java.util.Map;

/**
 * The sentences that match a search, best first, with facet counts over every match.
 *
 * @param query the query as asked
 * @param totalHits how many sentences match
 * @param hits the requested page of matching sentences
 * @param facets per facet ({@code type}, {@code body}, {@code year}, {@code kind}, {@code actor}) the values of the
 *     matching sentences, most frequent first
 */
public record SearchResult(String query, long totalHits, List<SentenceHit> hits, Map<String, List<FacetCount>> facets) {

  /** Copies the hits and facets, keeping their order, so the record stays immutable. */
  public SearchResult {
    hits = List.copyOf(hits);
    facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
  }
}
