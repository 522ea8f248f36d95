package org.govtrace.core.index;

import static org.govtrace.core.index.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.query.DocumentSummary;
import org.govtrace.core.query.NoSuchDocumentException;

/** Lists the indexed documents and reads one back whole. */
final class DocumentLookup {

  private final IndexAnalyzers analyzers;
  private final DocumentCodec codec;

  DocumentLookup(IndexAnalyzers analyzers, DocumentCodec codec) {
    this.analyzers = analyzers;
    this.codec = codec;
  }

  List<DocumentSummary> list(IndexSearcher searcher) throws IOException {
    List<DocumentSummary> summaries = new ArrayList<>();
    for (Document doc : StoredEntries.all(searcher, StoredEntries.entries(ENTRY_DOCUMENT))) {
      summaries.add(new DocumentSummary(
          doc.get(DOC_ID), doc.get(SOURCE), doc.get(TYPE), StoredEntries.nullIfUnknown(doc.get(BODY)), doc.get(OFFICE),
          doc.get(OWN_DNR), doc.get(TITLE), doc.get(RESPONDS_TO), StoredEntries.date(doc), StoredEntries.year(doc),
          StoredEntries.intValue(doc, SENTENCE_COUNT), StoredEntries.intValue(doc, FINDING_COUNT)));
    }
    Comparator<String> swedish = Comparator.nullsLast(StoredEntries.SWEDISH::compare);
    summaries.sort(Comparator.comparing(DocumentSummary::issuingBody, swedish)
        .thenComparing(DocumentSummary::title, swedish)
        .thenComparing(DocumentSummary::source));
    return summaries;
  }

  List<AnalyzedDocument> analyzedDocuments(IndexSearcher searcher) throws IOException {
    Map<String, AnalyzedDocument> byId = new java.util.LinkedHashMap<>();
    List<DocumentSummary> order = list(searcher);
    Map<String, Document> entries = StoredEntries.documentEntries(searcher,
        order.stream().map(DocumentSummary::id).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
    for (DocumentSummary summary : order) {
      Document entry = entries.get(summary.id());
      if (entry != null && !byId.containsKey(summary.id())) {
        byId.put(summary.id(), codec.readDocument(entry.get(JSON)));
      }
    }
    return List.copyOf(byId.values());
  }

  AnalyzedDocument show(IndexSearcher searcher, String reference) throws IOException {
    Set<String> ids = StoredEntries.resolve(searcher, analyzers.querying, reference);
    Map<String, Document> documents = StoredEntries.documentEntries(searcher, ids);
    if (documents.size() > 1) {
      List<String> names = documents.values().stream()
          .map(doc -> doc.get(DOC_ID).substring(0, 12) + " " + doc.get(FILE_NAME)).limit(5).toList();
      throw new NoSuchDocumentException("'" + reference + "' matches " + documents.size() + " documents ("
          + String.join(", ", names) + "); give a longer id prefix or the file name.");
    }
    return codec.readDocument(documents.values().iterator().next().get(JSON));
  }
}
