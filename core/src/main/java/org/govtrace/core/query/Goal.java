package org.govtrace.core.query;

/**
 * A goal a document states, with the sentence that states it.
 *
 * @param label the concept or goal label the analysis gave
 * @param text the goal statement
 * @param documentId the document's id
 * @param title the document's title; null if none was found
 * @param issuingBody the board the document speaks for; null if unknown
 * @param evidence the sentence and its page
 */
public record Goal(String label, String text, String documentId, String title, String issuingBody, EvidenceLine evidence) {}
