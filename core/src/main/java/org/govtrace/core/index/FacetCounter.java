package org.govtrace.core.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.govtrace.core.query.FacetCount;

/**
 * Counts, for every match of a query, the values of some keyword facets (from sorted-set doc values), and in
 * how many distinct documents each value occurs.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, Map<String, List<FacetCount>>> {

  private final List<String> fields;

  FacetCounter(List<String> fields) {
    this.fields = List.copyOf(fields);
  }

  @Override
  public Counts newCollector() {
    return new Counts(fields);
  }

  @Override
  public Map<String, List<FacetCount>> reduce(Collection<Counts> collectors) {
    Map<String, List<FacetCount>> result = new LinkedHashMap<>();
    for (String field : fields) {
      Map<String, Long> sentences = new HashMap<>();
      Map<String, Set<String>> documents = new HashMap<>();
      for (Counts counts : collectors) {
        counts.sentences.get(field).forEach((value, n) -> sentences.merge(value, n, Long::sum));
        counts.documents.get(field).forEach((value, ids) -> documents.computeIfAbsent(value, v -> new HashSet<>()).addAll(ids));
      }
      List<FacetCount> values = new ArrayList<>();
      sentences.forEach((value, n) -> values.add(new FacetCount(value, n, documents.get(value).size())));
      values.sort((a, b) -> a.sentences() != b.sentences() ? Long.compare(b.sentences(), a.sentences()) : a.value().compareTo(b.value()));
      result.put(field, values);
    }
    return result;
  }

  /** The counts of one slice of the index. */
  static final class Counts implements Collector {
    private final List<String> fields;
    private final Map<String, Map<String, Long>> sentences = new HashMap<>();
    private final Map<String, Map<String, Set<String>>> documents = new HashMap<>();

    Counts(List<String> fields) {
      this.fields = fields;
      for (String field : fields) {
        sentences.put(field, new HashMap<>());
        documents.put(field, new HashMap<>());
      }
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      SortedDocValues ids = DocValues.getSorted(context.reader(), IndexSchema.DOC_ID);
      List<SortedSetDocValues> values = new ArrayList<>();
      for (String field : fields) {
        values.add(DocValues.getSortedSet(context.reader(), field));
      }
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          String id = ids.advanceExact(doc) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : "";
          for (int i = 0; i < fields.size(); i++) {
            SortedSetDocValues field = values.get(i);
            if (!field.advanceExact(doc)) {
              continue;
            }
            for (int n = 0; n < field.docValueCount(); n++) {
              String value = field.lookupOrd(field.nextOrd()).utf8ToString();
              sentences.get(fields.get(i)).merge(value, 1L, Long::sum);
              documents.get(fields.get(i)).computeIfAbsent(value, v -> new HashSet<>()).add(id);
            }
          }
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
