package org.govtrace.core.query;

import java.util.Objects;

/**
 * A full-text search over the sentences of the index.
 *
 * @param query the query in Lucene syntax ({@code resurser AND finansiering}, {@code "utökad ram"}, {@code resurs*}),
 *     matched against the sentences' Swedish text (stemmed, compounds split into their parts) and their lemmas;
 *     terms are all required unless joined by OR; prefix and wildcard terms ({@code resurs*}) match the words as
 *     written; {@code *:*} matches every sentence
 * @param type only documents of this type code (such as {@code referral_response}); null for all
 * @param body only documents whose issuing body starts with this text, ignoring case; null for all
 * @param year only documents of this year; null for all
 * @param kind only sentences with a finding of this kind code (such as {@code resource_concern}); null for all
 * @param offset how many hits to skip, for paging
 * @param limit the most hits to return
 */
public record SearchRequest(String query, String type, String body, Integer year, String kind, int offset, int limit) {

  /** The number of hits returned when no limit is given. */
  public static final int DEFAULT_LIMIT = 20;

  /** Checks the query and the page bounds. */
  public SearchRequest {
    Objects.requireNonNull(query, "query");
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("A search needs offset >= 0 and limit >= 1, got " + offset + " and " + limit);
    }
  }

  /**
   * A search for {@code query} with no filters, returning the first {@link #DEFAULT_LIMIT} hits.
   *
   * @param query the query in Lucene syntax
   * @return the request
   */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, 0, DEFAULT_LIMIT);
  }

  /**
   * This search restricted to one document type code.
   *
   * @param type a type code such as {@code referral_response}, or null for all
   * @return the narrower request
   */
  public SearchRequest withType(String type) {
    return new SearchRequest(query, type, body, year, kind, offset, limit);
  }

  /**
   * This search restricted to issuing bodies starting with {@code body}.
   *
   * @param body the start of the issuing body's name, any case, or null for all
   * @return the narrower request
   */
  public SearchRequest withBody(String body) {
    return new SearchRequest(query, type, body, year, kind, offset, limit);
  }

  /**
   * This search restricted to one year.
   *
   * @param year the year, or null for all
   * @return the narrower request
   */
  public SearchRequest withYear(Integer year) {
    return new SearchRequest(query, type, body, year, kind, offset, limit);
  }

  /**
   * This search restricted to sentences with a finding of one kind: with the {@code body} facet, "sentences that
   * raise a resource concern, grouped by board" is one search.
   *
   * @param kind a finding kind code such as {@code resource_concern}, or null for all
   * @return the narrower request
   */
  public SearchRequest withKind(String kind) {
    return new SearchRequest(query, type, body, year, kind, offset, limit);
  }

  /**
   * This search returning {@code limit} hits after skipping {@code offset}.
   *
   * @param offset how many hits to skip
   * @param limit the most hits to return
   * @return the request for that page
   */
  public SearchRequest withPage(int offset, int limit) {
    return new SearchRequest(query, type, body, year, kind, offset, limit);
  }
}
