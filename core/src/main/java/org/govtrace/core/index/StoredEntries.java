package org.govtrace.core.index;

import static org.govtrace.core.index.IndexSchema.*;

import java.io.IOException;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.govtrace.core.model.DocumentType;
import org.govtrace.core.query.NoSuchDocumentException;

/**
 * Reading stored entries back: all matches of a query in document and sentence order, a document entry's
 * stored fields, and the resolution of a user's document reference (id prefix, file name or title words).
 */
final class StoredEntries {

  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{4,64}");
  /** Boards and titles are ordered the Swedish way (å, ä, ö last). */
  static final Collator SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv-SE"));

  private StoredEntries() {}

  /** Every entry that matches, in index order of documents and then sentence order. */
  static List<Document> all(IndexSearcher searcher, Query query) throws IOException {
    int count = searcher.count(query);
    if (count == 0) {
      return List.of();
    }
    Sort order = new Sort(SortField.FIELD_DOC);
    List<Document> found = new ArrayList<>(count);
    var stored = searcher.storedFields();
    for (ScoreDoc hit : searcher.search(query, count, order).scoreDocs) {
      found.add(stored.document(hit.doc));
    }
    return found;
  }

  static Query entries(String entry) {
    return new TermQuery(new Term(ENTRY, entry));
  }

  static BooleanQuery.Builder filtered(String entry) {
    return new BooleanQuery.Builder().add(entries(entry), Occur.FILTER);
  }

  /** The document entries by id: one per document id (the first source when the same bytes sit at two paths). */
  static Map<String, Document> documentEntries(IndexSearcher searcher, Set<String> ids) throws IOException {
    Map<String, Document> byId = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return byId;
    }
    List<BytesRef> terms = ids.stream().map(BytesRef::new).toList();
    Query query = filtered(ENTRY_DOCUMENT).add(new TermInSetQuery(DOC_ID, terms), Occur.FILTER).build();
    for (Document doc : all(searcher, query)) {
      byId.putIfAbsent(doc.get(DOC_ID), doc);
    }
    return byId;
  }

  /**
   * The ids of the documents a user's reference names: an id prefix of at least four hex digits, else a file
   * name, else words that all occur in the title.
   *
   * @throws NoSuchDocumentException when none matches
   */
  static Set<String> resolve(IndexSearcher searcher, Analyzer querying, String reference) throws IOException {
    String trimmed = reference.strip();
    List<Query> attempts = new ArrayList<>();
    if (HEX.matcher(trimmed).matches()) {
      attempts.add(new PrefixQuery(new Term(DOC_ID, trimmed.toLowerCase(Locale.ROOT))));
    }
    attempts.add(new TermQuery(new Term(FILE_NAME, DocumentEntries.fileName(trimmed))));
    Query title = new QueryBuilder(querying).createBooleanQuery(TITLE, trimmed, Occur.MUST);
    if (title != null) {
      attempts.add(title);
    }
    for (Query attempt : attempts) {
      List<Document> found = all(searcher, filtered(ENTRY_DOCUMENT).add(attempt, Occur.MUST).build());
      if (!found.isEmpty()) {
        return attempt == title ? narrowByTitle(found, trimmed) : ids(found);
      }
    }
    throw new NoSuchDocumentException("No indexed document matches '" + reference
        + "'; give an id prefix, a file name or words of the title (govtrace documents lists them).");
  }

  /**
   * Of several documents whose titles hold the words, the one titled exactly so, else the strategies and plans:
   * a response's title quotes the title it answers, and a person naming that title means the plan.
   */
  private static Set<String> narrowByTitle(List<Document> found, String reference) {
    List<List<Document>> tiers =
        List.of(
            found.stream().filter(doc -> doc.get(TITLE) != null && doc.get(TITLE).strip().equalsIgnoreCase(reference)).toList(),
            found.stream().filter(doc -> !DocumentType.REFERRAL_RESPONSE.code().equals(doc.get(TYPE))).toList());
    return tiers.stream().filter(tier -> !tier.isEmpty()).findFirst().map(StoredEntries::ids).orElseGet(() -> ids(found));
  }

  private static Set<String> ids(List<Document> documents) {
    Set<String> ids = new LinkedHashSet<>();
    documents.forEach(doc -> ids.add(doc.get(DOC_ID)));
    return ids;
  }

  static int intValue(Document doc, String field) {
    IndexableField value = doc.getField(field);
    return value == null || value.numericValue() == null ? 0 : value.numericValue().intValue();
  }

  static LocalDate date(Document doc) {
    String date = doc.get(DATE);
    return date == null ? null : LocalDate.parse(date);
  }

  static int year(Document doc) {
    String year = doc.get(YEAR);
    return year == null ? 0 : Integer.parseInt(year);
  }

  /** The issuing body, else the authoring office, else the file name: who a document speaks for. */
  static String speaker(Document doc) {
    String body = doc.get(BODY);
    if (body != null && !body.equals(DocumentEntries.UNKNOWN)) {
      return body;
    }
    String office = doc.get(OFFICE);
    return office != null ? office : doc.get(FILE_NAME);
  }

  static String nullIfUnknown(String body) {
    return DocumentEntries.UNKNOWN.equals(body) ? null : body;
  }
}
