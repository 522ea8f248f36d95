package org.govtrace.core.query;

import org.govtrace.core.model.Span;

/**
 * A span of one document that reuses a span of another, found by local alignment of their word sequences.
 *
 * @param spanA the passage in the first (source) document
 * @param pageA the page it starts on
 * @param textA its text, white space collapsed
 * @param spanB the passage in the second document
 * @param pageB the page it starts on
 * @param textB its text, white space collapsed
 * @param similarity matched words over the longer side's words, 0 to 1
 * @param matchedWords the number of words aligned as equal
 */
public record ReusedPassage(
    Span spanA, int pageA, String textA, Span spanB, int pageB, String textB, double similarity, int matchedWords) {}
