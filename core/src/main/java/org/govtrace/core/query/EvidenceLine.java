package org.govtrace.core.query;

/**
 * A sentence that supports a finding, where to find it, and why it was chosen.
 *
 * @param page the page the sentence starts on
 * @param section the heading of its section; null before the first heading
 * @param sentenceIndex its position in the document, from 0
 * @param sentence the sentence text
 * @param text the finding's own text (the duty, the goal, the concern)
 * @param rule the rule that fired
 */
public record EvidenceLine(int page, String section, int sentenceIndex, String sentence, String text, String rule) {}
