package org.govtrace.core.index;

import static org.govtrace.core.index.IndexSchema.*;

import java.io.IOException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.query.CorpusStats;
import org.govtrace.core.query.FacetCount;

/** Counts what the index holds: documents per type, body and year, sentences, and findings per kind. */
final class StatsQuery {

  CorpusStats run(IndexSearcher searcher) throws IOException {
    Query documents = StoredEntries.entries(ENTRY_DOCUMENT);
    Map<String, List<FacetCount>> facets = searcher.search(documents, new FacetCounter(List.of(TYPE, BODY, YEAR)));
    Map<FindingKind, Long> findings = new EnumMap<>(FindingKind.class);
    for (FindingKind kind : FindingKind.values()) {
      findings.put(kind, 0L);
    }
    searcher.search(documents, new SimpleCollector() {
      private final Map<FindingKind, NumericDocValues> counts = new EnumMap<>(FindingKind.class);

      @Override
      protected void doSetNextReader(LeafReaderContext context) throws IOException {
        for (FindingKind kind : FindingKind.values()) {
          counts.put(kind, context.reader().getNumericDocValues(findingCount(kind)));
        }
      }

      @Override
      public void collect(int doc) throws IOException {
        for (var entry : counts.entrySet()) {
          if (entry.getValue() != null && entry.getValue().advanceExact(doc)) {
            findings.merge(entry.getKey(), entry.getValue().longValue(), Long::sum);
          }
        }
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    });
    Map<String, Long> byKind = new LinkedHashMap<>();
    findings.forEach((kind, n) -> byKind.put(kindCode(kind), n));
    return new CorpusStats(
        searcher.count(documents),
        searcher.count(StoredEntries.entries(ENTRY_SENTENCE)),
        counts(facets.get(TYPE), false),
        counts(facets.get(BODY), false),
        counts(facets.get(YEAR), true),
        byKind);
  }

  private static Map<String, Long> counts(List<FacetCount> values, boolean newestFirst) {
    List<FacetCount> ordered = newestFirst
        ? values.stream().sorted(Comparator.comparing(FacetCount::value).reversed()).toList()
        : values;
    Map<String, Long> counts = new LinkedHashMap<>();
    ordered.forEach(value -> counts.put(value.value(), value.documents()));
    return counts;
  }
}
