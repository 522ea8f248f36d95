package org.govtrace.core.query;

/**
 * One term's keyness: Dunning's log-likelihood (G²) of its frequency in the target against the reference, with
 * the raw counts beside it, as quanteda's {@code textstat_keyness} and Korp show it.
 *
 * @param term the lemma
 * @param targetCount occurrences in the target documents
 * @param referenceCount occurrences in the reference documents
 * @param targetTotal content words in the target
 * @param referenceTotal content words in the reference
 * @param logLikelihood G², signed: negative when the term is rarer in the target than in the reference
 */
public record KeynessRow(String term, int targetCount, int referenceCount, long targetTotal, long referenceTotal, double logLikelihood) {}
