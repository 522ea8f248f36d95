package org.govtrace.core.query;

import java.util.List;

/**
 * The boards that raised a concern, with evidence, and the responding boards that did not.
 *
 * @param kind the kind of concern, such as {@code resource_concern}
 * @param respondsTo the title filter asked for; null for none
 * @param raised the documents that raise the concern, each with its evidence sentences, ordered by board
 * @param notRaised the referral responses that do not raise it (their evidence is empty), ordered by board
 */
public record ConcernsResult(String kind, String respondsTo, List<BoardConcern> raised, List<BoardConcern> notRaised) {

  /** Copies the lists, so the record stays immutable. */
  public ConcernsResult {
    raised = List.copyOf(raised);
    notRaised = List.copyOf(notRaised);
  }
}
