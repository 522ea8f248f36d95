package org.govtrace.core.index;

import static org.govtrace.core.index.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.govtrace.core.query.FacetCount;
import org.govtrace.core.query.QuerySyntaxException;
import org.govtrace.core.query.SearchRequest;
import org.govtrace.core.query.SearchResult;
import org.govtrace.core.query.SentenceHit;

/** A full-text search over sentence entries with filters, facets and marked snippets. */
final class SentenceSearch {

  /** The share of its score a heading-only entry keeps: it still matches, below the sentences that say something. */
  private static final float HEADING_WEIGHT = 0.25f;

  private final IndexAnalyzers analyzers;

  SentenceSearch(IndexAnalyzers analyzers) {
    this.analyzers = analyzers;
  }

  SearchResult search(IndexSearcher searcher, SearchRequest request) throws IOException {
    Query text = parse(request.query());
    // BM25 favours one-word entries, so a bare heading ("Resurser") would outrank the sentences under it.
    Query ranked = FunctionScoreQuery.boostByQuery(text, new TermQuery(new Term(HEADING, "yes")), HEADING_WEIGHT);
    BooleanQuery.Builder builder = StoredEntries.filtered(ENTRY_SENTENCE).add(ranked, Occur.MUST);
    if (request.type() != null) {
      builder.add(new TermQuery(new Term(TYPE, request.type().strip().toLowerCase(Locale.ROOT))), Occur.FILTER);
    }
    if (request.body() != null) {
      builder.add(new PrefixQuery(new Term(BODY_KEY, request.body().strip().toLowerCase(Locale.ROOT))), Occur.FILTER);
    }
    if (request.kind() != null) {
      builder.add(new TermQuery(new Term(KIND, request.kind().strip().toLowerCase(Locale.ROOT))), Occur.FILTER);
    }
    if (request.year() != null) {
      builder.add(new TermQuery(new Term(YEAR, request.year().toString())), Occur.FILTER);
    }
    Query query = builder.build();
    Map<String, List<FacetCount>> facets = searcher.search(query, new FacetCounter(SEARCH_FACETS));
    long total = searcher.count(query);
    TopDocs top = searcher.search(query, request.offset() + request.limit());
    SnippetMarker marker = new SnippetMarker(analyzers.textIndexing, analyzers.lemma, text);
    var stored = searcher.storedFields();
    List<SentenceHit> hits = new ArrayList<>();
    ScoreDoc[] scoreDocs = top.scoreDocs;
    for (int i = request.offset(); i < scoreDocs.length; i++) {
      Document doc = stored.document(scoreDocs[i].doc);
      hits.add(new SentenceHit(
          doc.get(DOC_ID),
          doc.get(SOURCE),
          doc.get(TITLE),
          doc.get(TYPE),
          StoredEntries.nullIfUnknown(doc.get(BODY)),
          StoredEntries.year(doc),
          StoredEntries.intValue(doc, PAGE),
          doc.get(SECTION),
          StoredEntries.intValue(doc, SENTENCE),
          marker.mark(doc.get(TEXT), doc.get(LEMMA), doc.get(TOKEN_SPANS)),
          scoreDocs[i].score));
    }
    return new SearchResult(request.query(), total, hits, facets);
  }

  /** Parses a query in Lucene syntax over the text and lemma fields, all terms required by default. */
  Query parse(String query) {
    if (query.isBlank()) {
      throw new QuerySyntaxException("The search query is empty; give one or more words, such as: resurser.", null);
    }
    MultiFieldQueryParser parser = new FormAwareParser(analyzers);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(query);
    } catch (ParseException e) {
      throw new QuerySyntaxException("The query '" + query + "' is not valid: " + problem(e)
          + "; check quotes, brackets and operators (AND, OR, NOT in capitals), or quote special characters.", e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException("The query '" + query + "' expands to too many terms; use a longer prefix before *.", e);
    }
  }

  /** Sends prefix, wildcard and fuzzy terms for the text field to the unstemmed forms. */
  private static final class FormAwareParser extends MultiFieldQueryParser {
    FormAwareParser(IndexAnalyzers analyzers) {
      super(new String[] {TEXT, LEMMA}, analyzers.querying);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      return super.getPrefixQuery(TEXT.equals(field) ? FORM : field, termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      return super.getWildcardQuery(TEXT.equals(field) ? FORM : field, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
      return super.getFuzzyQuery(TEXT.equals(field) ? FORM : field, termStr, minSimilarity);
    }
  }

  private static String problem(ParseException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int colon = message.indexOf(": ");
    String detail = colon >= 0 ? message.substring(colon + 2) : message;
    int expecting = detail.indexOf("Was expecting");
    if (expecting >= 0) {
      detail = detail.substring(0, expecting);
    }
    detail = detail.replaceAll("\\s+", " ").strip();
    if (detail.endsWith(".")) {
      detail = detail.substring(0, detail.length() - 1);
    }
    return detail.isEmpty() ? "it cannot be parsed" : detail.replace("\"<EOF>\"", "the end of the query");
  }
}
