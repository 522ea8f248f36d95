package org.govtrace.core.model;

/**
 * One page (or slide) of a document, as a span of its cleaned text.
 *
 * @param number the page number as a reader sees it, starting at 1
 * @param span where the page lies in the cleaned text
 */
public record Page(int number, Span span) {}
