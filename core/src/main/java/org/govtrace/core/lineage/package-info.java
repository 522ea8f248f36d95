/**
 * The document graph of a corpus: which remissvar answers which document, which handlingsplan replaces or builds
 * on which strategi, and which documents are versions of each other, inferred with evidence and completed by a
 * manifest of declared roles and links. An engine package, not exported: the graph it builds is a record of
 * {@link org.govtrace.core.query}.
 */
package org.govtrace.core.lineage;
