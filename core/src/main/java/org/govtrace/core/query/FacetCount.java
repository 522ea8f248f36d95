package org.govtrace.core.query;

/**
 * How many matching sentences, and in how many documents, carry one facet value.
 *
 * @param value the facet value, such as {@code referral_response} or {@code Farsta stadsdelsnämnd}
 * @param sentences the matching sentences with this value
 * @param documents the documents those sentences come from
 */
public record FacetCount(String value, long sentences, long documents) {}
