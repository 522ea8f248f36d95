/**
 * Scores of the analysis against gold files (format in {@code gold/FORMAT.md}), field by field and side by side
 * with a keyword baseline: precision, recall and F1 for sets and sentences, accuracy for single labels. An engine
 * package, not exported: its reports are records of {@link org.govtrace.core.query}.
 */
package org.govtrace.core.eval;
