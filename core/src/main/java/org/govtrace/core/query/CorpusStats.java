package org.govtrace.core.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an index holds.
 *
 * @param documents the number of documents
 * @param sentences the number of sentences
 * @param documentsByType documents per type code, most first
 * @param documentsByBody documents per issuing body, most first ({@code unknown} when none was found)
 * @param documentsByYear documents per year, newest first ({@code 0} when a document has no date)
 * @param findingsByKind findings per kind, in the order of {@link org.govtrace.core.model.FindingKind}
 */
public record CorpusStats(
    long documents,
    long sentences,
    Map<String, Long> documentsByType,
    Map<String, Long> documentsByBody,
    Map<String, Long> documentsByYear,
    Map<String, Long> findingsByKind) {

  /** Copies the maps, keeping their order, so the record stays immutable. */
  public CorpusStats {
    documentsByType = Collections.unmodifiableMap(new LinkedHashMap<>(documentsByType));
    documentsByBody = Collections.unmodifiableMap(new LinkedHashMap<>(documentsByBody));
    documentsByYear = Collections.unmodifiableMap(new LinkedHashMap<>(documentsByYear));
    findingsByKind = Collections.unmodifiableMap(new LinkedHashMap<>(findingsByKind));
  }
}
