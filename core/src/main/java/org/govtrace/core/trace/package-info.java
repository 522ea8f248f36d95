/**
 * Views over a whole corpus in lineage order: trace matrices of concepts or actors across documents, what each
 * remissvar said about each part of the plan it answers, keyness of a board's words against the rest, and
 * keyword-in-context lines, each with its evidence. An engine package, not exported: its requests and results
 * are records of {@link org.govtrace.core.query}.
 */
package org.govtrace.core.trace;
