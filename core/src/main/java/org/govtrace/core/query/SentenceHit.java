package org.govtrace.core.query;

/**
 * One sentence that matches a search, with where to cite it.
 *
 * @param documentId the document's id (the hash of its bytes)
 * @param source the file it was read from
 * @param title the document's title; null if none was found
 * @param type the document type code, such as {@code referral_response}
 * @param issuingBody the board the document speaks for; null if unknown
 * @param year the document's year; 0 if it has no date
 * @param page the page the sentence starts on
 * @param section the heading of the sentence's section; null before the first heading
 * @param sentenceIndex the sentence's position in the document, from 0
 * @param snippet the sentence with the matched words marked
 * @param score the relevance score (higher is better)
 */
public record SentenceHit(
    String documentId,
    String source,
    String title,
    String type,
    String issuingBody,
    int year,
    int page,
    String section,
    int sentenceIndex,
    Snippet snippet,
    float score) {}
