package org.govtrace.core.query;

import java.util.Objects;

/**
 * A full-text search over the sentences of the index.
 *
 * @param query the query in Lucene syntax ({@code resurser AND finansiering}, {@code "utökad ram"}, {@code resurs*}),
 *     matched against the sentences' Swedish text and their lemmas; terms are all required unless joined by OR
 * @param type only documents of this type code (such as {@code referral_response}); null for all
 * @param body only documents whose issuing body starts with this text, ignoring case; null for all
 * @param year only documents of this year; null for all
 * @param offset how many hits to skip, for paging
 * @param limit the most hits to return
 */
public record SearchRequest(String query, String type, String body, Integer year, int offset, int limit) {

  /** The number of hits returned when no limit is given. */
  public static final int DEFAULT_LIMIT = 20;

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("A search needs offset >= 0 and limit >= 1, got " + offset + " and " + limit);
    }
  }

  /** A search for {@code query} with no filters, returning the first {@link #DEFAULT_LIMIT} hits. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, 0, DEFAULT_LIMIT);
  }

  /** This search restricted to one document type code. */
  public SearchRequest withType(String type) {
    return new SearchRequest(query, type, body, year, offset, limit);
  }

  /** This search restricted to issuing bodies starting with {@code body}. */
  public SearchRequest withBody(String body) {
    return new SearchRequest(query, type, body, year, offset, limit);
  }

  /** This search restricted to one year. */
  public SearchRequest withYear(Integer year) {
    return new SearchRequest(query, type, body, year, offset, limit);
  }

  /** This search returning {@code limit} hits after skipping {@code offset}. */
  public SearchRequest withPage(int offset, int limit) {
    return new SearchRequest(query, type, body, year, offset, limit);
  }
}
