package org.govtrace.core.model;

/**
 * One token of a sentence with its Universal Dependencies part of speech (UPOS) and lemma.
 *
 * @param span where the token lies in the cleaned text
 * @param text the token as written
 * @param upos the UPOS tag, such as {@code NOUN} or {@code AUX}
 * @param lemma the base form, lower case except for proper nouns, such as {@code resursfördelning}
 */
public record Token(Span span, String text, String upos, String lemma) {}
