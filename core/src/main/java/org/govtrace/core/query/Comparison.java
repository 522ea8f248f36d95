package org.govtrace.core.query;

import java.util.List;

/**
 * What changed from document A (earlier) to document B (later): concepts, responsibilities, goals and reused
 * passages.
 *
 * @param a the earlier document
 * @param b the later document
 * @param concepts rights areas, focus areas and target groups kept, added and dropped
 * @param responsibilities duties kept, added, dropped and moved
 * @param goals goals kept, reworded, split, merged, dropped and added
 * @param reuse passages of B that reuse passages of A
 */
public record Comparison(
    DocumentRef a,
    DocumentRef b,
    List<ConceptChange> concepts,
    List<ResponsibilityChange> responsibilities,
    List<GoalChange> goals,
    List<ReusedPassage> reuse) {

  /** Copies the lists, so the record is immutable. */
  public Comparison {

    concepts = List.copyOf(concepts);
    responsibilities = List.copyOf(responsibilities);
    goals = List.copyOf(goals);
    reuse = List.copyOf(reuse);
  }
}
