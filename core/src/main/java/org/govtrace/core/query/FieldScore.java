package org.govtrace.core.query;

/**
 * One gold field scored for the analysis and for the keyword baseline.
 *
 * @param field the gold field, such as {@code resource_concern} or {@code responsibilities}
 * @param metric {@code accuracy} or {@code prf} (precision, recall, F1)
 * @param system the analysis's score
 * @param baseline the keyword baseline's score, or null where the baseline predicts nothing of its own
 */
public record FieldScore(String field, String metric, Score system, Score baseline) {}
