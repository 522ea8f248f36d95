/**
 * What a program asks of govtrace and what it gets back: immutable requests and results for indexing, search,
 * concerns, responsibilities, goals, documents and statistics; the views over a corpus (document lineage,
 * comparison of versions, trace matrices, responses to a plan, keyness, keyword in context); the evaluation
 * reports against gold files; and the exceptions those calls throw.
 */
package org.govtrace.core.query;
