package org.govtrace.core.index;

import static org.govtrace.core.index.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.govtrace.core.model.Finding;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.query.EvidenceLine;
import org.govtrace.core.query.Goal;
import org.govtrace.core.query.GoalsRequest;
import org.govtrace.core.query.Responsibility;
import org.govtrace.core.query.ResponsibilitiesRequest;

/** Lists the findings of one kind (responsibilities, goals) from the sentence entries, in document order. */
final class FindingQuery {

  private record Found(Finding finding, Document sentence) {}

  private final IndexAnalyzers analyzers;
  private final DocumentCodec codec;

  FindingQuery(IndexAnalyzers analyzers, DocumentCodec codec) {
    this.analyzers = analyzers;
    this.codec = codec;
  }

  List<Responsibility> responsibilities(IndexSearcher searcher, ResponsibilitiesRequest request) throws IOException {
    String actor = blankToNull(request.actor());
    BooleanQuery.Builder extra = new BooleanQuery.Builder();
    Predicate<Finding> wanted = finding -> true;
    if (actor != null) {
      String key = actor.toLowerCase(Locale.ROOT);
      extra.add(new WildcardQuery(new Term(ACTOR_KEY, "*" + key.replaceAll("[*?\\\\]", "") + "*")), Occur.FILTER);
      wanted = finding -> finding.actor() != null && finding.actor().toLowerCase(Locale.ROOT).contains(key);
    }
    List<Responsibility> rows = new ArrayList<>();
    for (Found found : find(searcher, FindingKind.RESPONSIBILITY, request.document(), extra, wanted)) {
      Finding f = found.finding();
      Document s = found.sentence();
      rows.add(new Responsibility(f.actor(), f.modality(), f.text(), s.get(DOC_ID), s.get(TITLE),
          StoredEntries.nullIfUnknown(s.get(BODY)), line(f, s)));
    }
    return rows;
  }

  List<Goal> goals(IndexSearcher searcher, GoalsRequest request) throws IOException {
    List<Goal> rows = new ArrayList<>();
    for (Found found : find(searcher, FindingKind.GOAL, request.document(), new BooleanQuery.Builder(), f -> true)) {
      Finding f = found.finding();
      Document s = found.sentence();
      rows.add(new Goal(f.label(), f.text(), s.get(DOC_ID), s.get(TITLE), StoredEntries.nullIfUnknown(s.get(BODY)), line(f, s)));
    }
    return rows;
  }

  private List<Found> find(IndexSearcher searcher, FindingKind kind, String document, BooleanQuery.Builder extra,
      Predicate<Finding> wanted) throws IOException {
    BooleanQuery.Builder query = StoredEntries.filtered(ENTRY_SENTENCE)
        .add(new TermQuery(new Term(KIND, kindCode(kind))), Occur.FILTER);
    for (var clause : extra.build().clauses()) {
      query.add(clause);
    }
    if (blankToNull(document) != null) {
      Set<String> ids = StoredEntries.resolve(searcher, analyzers.querying, document);
      query.add(new TermInSetQuery(DOC_ID, ids.stream().map(BytesRef::new).toList()), Occur.FILTER);
    }
    List<Found> found = new ArrayList<>();
    // The same bytes at two paths are one document: each of its sentences counts once.
    Set<String> seen = new java.util.HashSet<>();
    for (Document sentence : StoredEntries.all(searcher, query.build())) {
      if (!seen.add(sentence.get(DOC_ID) + "#" + sentence.get(SENTENCE))) {
        continue;
      }
      for (Finding finding : codec.readFindings(sentence.get(FINDINGS))) {
        if (finding.kind() == kind && wanted.test(finding)) {
          found.add(new Found(finding, sentence));
        }
      }
    }
    return found;
  }

  private static EvidenceLine line(Finding finding, Document sentence) {
    return new EvidenceLine(StoredEntries.intValue(sentence, PAGE), sentence.get(SECTION),
        StoredEntries.intValue(sentence, SENTENCE), sentence.get(TEXT), finding.text(), finding.rule());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
