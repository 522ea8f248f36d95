package org.govtrace.core.index;

import static org.govtrace.core.index.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.govtrace.core.model.Finding;
import org.govtrace.core.query.BoardConcern;
import org.govtrace.core.query.ConcernsRequest;
import org.govtrace.core.query.ConcernsResult;
import org.govtrace.core.query.EvidenceLine;

/**
 * Which boards raised a concern: the sentence entries of that finding kind grouped by document, and the
 * referral responses with none of them.
 */
final class ConcernQuery {

  private final IndexAnalyzers analyzers;
  private final DocumentCodec codec;

  ConcernQuery(IndexAnalyzers analyzers, DocumentCodec codec) {
    this.analyzers = analyzers;
    this.codec = codec;
  }

  ConcernsResult run(IndexSearcher searcher, ConcernsRequest request) throws IOException {
    String kind = kindCode(request.kind());
    Query respondsTo = null;
    if (request.respondsTo() != null && !request.respondsTo().isBlank()) {
      respondsTo = new QueryBuilder(analyzers.querying).createBooleanQuery(RESPONDS_TO, request.respondsTo(), Occur.MUST);
      if (respondsTo == null) {
        return new ConcernsResult(kind, request.respondsTo(), List.of(), List.of());
      }
    }
    Set<String> allowed = null;
    if (respondsTo != null) {
      allowed = new LinkedHashSet<>();
      for (Document doc : StoredEntries.all(searcher, StoredEntries.filtered(ENTRY_DOCUMENT).add(respondsTo, Occur.MUST).build())) {
        allowed.add(doc.get(DOC_ID));
      }
    }
    Map<String, List<EvidenceLine>> evidence = new LinkedHashMap<>();
    Query concernSentences = StoredEntries.filtered(ENTRY_SENTENCE).add(new TermQuery(new Term(KIND, kind)), Occur.FILTER).build();
    // The same bytes at two paths are one document: each of its sentences counts once.
    Set<String> seen = new java.util.HashSet<>();
    for (Document sentence : StoredEntries.all(searcher, concernSentences)) {
      String id = sentence.get(DOC_ID);
      if ((allowed != null && !allowed.contains(id)) || !seen.add(id + "#" + sentence.get(SENTENCE))) {
        continue;
      }
      evidence.computeIfAbsent(id, k -> new ArrayList<>()).add(line(sentence, request));
    }
    Set<String> responders = new LinkedHashSet<>();
    BooleanQuery.Builder responses = StoredEntries.filtered(ENTRY_DOCUMENT).add(new TermQuery(new Term(RESPONSE, "yes")), Occur.FILTER);
    if (respondsTo != null) {
      responses.add(respondsTo, Occur.MUST);
    }
    for (Document doc : StoredEntries.all(searcher, responses.build())) {
      responders.add(doc.get(DOC_ID));
    }
    Set<String> ids = new LinkedHashSet<>(evidence.keySet());
    ids.addAll(responders);
    Map<String, Document> documents = StoredEntries.documentEntries(searcher, ids);
    List<BoardConcern> raised = new ArrayList<>();
    List<BoardConcern> notRaised = new ArrayList<>();
    for (Map.Entry<String, Document> entry : documents.entrySet()) {
      List<EvidenceLine> lines = evidence.getOrDefault(entry.getKey(), List.of());
      lines = lines.stream().sorted(Comparator.comparingInt(EvidenceLine::sentenceIndex)).toList();
      Document doc = entry.getValue();
      BoardConcern board = new BoardConcern(
          StoredEntries.speaker(doc), entry.getKey(), doc.get(TITLE), doc.get(SOURCE), StoredEntries.date(doc), lines);
      (lines.isEmpty() ? notRaised : raised).add(board);
    }
    Comparator<BoardConcern> byBoard = Comparator.comparing(BoardConcern::board, StoredEntries.SWEDISH)
        .thenComparing(BoardConcern::source);
    raised.sort(byBoard);
    notRaised.sort(byBoard);
    return new ConcernsResult(kind, request.respondsTo(), raised, notRaised);
  }

  private EvidenceLine line(Document sentence, ConcernsRequest request) {
    String text = null;
    String rule = null;
    String stored = sentence.get(FINDINGS);
    if (stored != null) {
      for (Finding finding : codec.readFindings(stored)) {
        if (finding.kind() == request.kind()) {
          text = finding.text();
          rule = finding.rule();
          break;
        }
      }
    }
    return new EvidenceLine(
        StoredEntries.intValue(sentence, PAGE), sentence.get(SECTION), StoredEntries.intValue(sentence, SENTENCE),
        sentence.get(TEXT), text, rule);
  }
}
