package org.govtrace.core.query;

import org.govtrace.core.model.Finding;

/**
 * A responsibility (actor and duty) kept, added, dropped or moved to another actor between two versions.
 *
 * @param change kept, moved, dropped or added
 * @param before the earlier finding; null when added
 * @param after the later finding; null when dropped
 * @param similarity the weighted lemma similarity of the two duties, 0 to 1; 0 when one side is absent
 */
public record ResponsibilityChange(Change change, Finding before, Finding after, double similarity) {

  /**
   * The actor who held the duty before.
   *
   * @return the actor, or null when the duty is new
   */
  public String actorBefore() {
    return before == null ? null : before.actor();
  }

  /**
   * The actor who holds the duty after.
   *
   * @return the actor, or null when the duty was dropped
   */

  public String actorAfter() {
    return after == null ? null : after.actor();
  }
}
