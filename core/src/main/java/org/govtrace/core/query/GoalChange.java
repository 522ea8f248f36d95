package org.govtrace.core.query;

import java.util.List;
import org.govtrace.core.model.Finding;

/**
 * Goals of the earlier version aligned with goals of the later one.
 *
 * @param change kept, reworded, split, merged, dropped or added
 * @param before the earlier goals (one, or several when merged; none when added)
 * @param after the later goals (one, or several when split; none when dropped)
 * @param similarity the weighted lemma similarity of the two sides, 0 to 1
 * @param diff the word-level diff of a reworded pair; empty otherwise
 */
public record GoalChange(Change change, List<Finding> before, List<Finding> after, double similarity, List<WordDiff> diff) {

  /** Copies the lists, so the record is immutable. */
  public GoalChange {

    before = List.copyOf(before);
    after = List.copyOf(after);
    diff = List.copyOf(diff);
  }
}
