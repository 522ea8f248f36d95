package org.govtrace.core.query;

/**
 * A keyword-in-context query.
 *
 * @param term the word to find, case-insensitive; a trailing {@code *} matches any ending
 * @param window the words shown on each side
 * @param lemma match the term against lemmas rather than word forms
 * @param limit the most lines to return
 */
public record KwicRequest(String term, int window, boolean lemma, int limit) {}
