package org.govtrace.core.query;

/**
 * Which documents to contrast with the rest of the corpus. The target is every document that matches all the
 * given filters; at least one filter is needed.
 *
 * @param board documents whose issuing body contains this (case-insensitive); null for any
 * @param role documents of this role, such as {@code referral_response}; null for any
 * @param family documents of this lineage family; null for any
 * @param limit the most terms to return, the strongest first
 * @param minCount the fewest occurrences in the target for a term to be listed
 */
public record KeynessRequest(String board, String role, String family, int limit, int minCount) {}
