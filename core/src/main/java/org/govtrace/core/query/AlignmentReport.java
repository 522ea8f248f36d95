package org.govtrace.core.query;

import java.util.Map;

/**
 * How well a comparison of two versions matches a gold alignment, by part ({@code goals}, {@code areas},
 * {@code responsibilities}, {@code all}).
 *
 * @param pairs aligned pairs (both sides present)
 * @param labels labelled pairs (all pairs, label included)
 */
public record AlignmentReport(Map<String, AlignmentScore> pairs, Map<String, AlignmentScore> labels) {}
