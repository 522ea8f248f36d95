/**
 * What a program asks of a govtrace index and what it gets back: immutable requests and results for indexing,
 * search, concerns, responsibilities, goals, documents and statistics, and the exceptions those calls throw.
 */
package org.govtrace.core.query;
