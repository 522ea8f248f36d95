package org.govtrace.core.query;

/**
 * An actor given a duty in a document, with the sentence that says so.
 *
 * @param actor the canonical actor, such as "Socialnämnden"
 * @param modality how the duty is given (ska, bör, föreslås, ansvarar, särskilt ansvarig, other)
 * @param duty the duty as the sentence states it
 * @param documentId the document's id
 * @param title the document's title; null if none was found
 * @param issuingBody the board the document speaks for; null if unknown
 * @param evidence the sentence and its page
 */
public record Responsibility(
    String actor, String modality, String duty, String documentId, String title, String issuingBody, EvidenceLine evidence) {}
