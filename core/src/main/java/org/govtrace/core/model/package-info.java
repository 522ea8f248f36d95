/**
 * The records every stage passes on: text with spans, pages and sections, sentences with tokens, the
 * document profile, findings with evidence, and the analysed document that reaches the index.
 */
package org.govtrace.core.model;
