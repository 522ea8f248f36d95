package org.govtrace.core.query;

import org.govtrace.core.model.Span;

/**
 * One keyword-in-context line.
 *
 * @param documentId the document's id
 * @param document a short name for the document
 * @param page the page the match is on
 * @param left the words before the match, up to the window
 * @param match the matched token as written
 * @param right the words after the match, up to the window
 * @param span the match's span in the document's text
 */
public record KwicLine(String documentId, String document, int page, String left, String match, String right, Span span) {}
