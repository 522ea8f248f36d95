/**
 * What changed from one version of a steering document to the next: concepts (rights and focus areas, target
 * groups), responsibilities (ansvarsfördelning), goals with word-level diffs, and passages reused word for word;
 * and the scores of such a comparison against a gold alignment. An engine package, not exported: the
 * comparison and its scores are records of {@link org.govtrace.core.query}.
 */
package org.govtrace.core.compare;
