package org.govtrace.core.model;

/**
 * Where a finding can be cited: the document, section, page and sentence.
 *
 * @param documentId the document's id (a hash of its bytes)
 * @param section the heading of the section the sentence is in; null before the first heading
 * @param page the page the sentence starts on
 * @param span the sentence's span in the cleaned text
 * @param sentence the sentence text
 */
public record Evidence(String documentId, String section, int page, Span span, String sentence) {}
