package org.govtrace.core.query;

import java.util.List;
import java.util.Locale;
import org.govtrace.core.model.Evidence;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.model.Stance;

/**
 * One response sentence that carries a stance, concern or proposal, linked to the plan part it comments on.
 *
 * @param documentId the response's id
 * @param board the board the response speaks for (or its file name when unknown)
 * @param evidence the sentence, with page
 * @param kinds the kinds of finding in the sentence (STANCE, RESOURCE_CONCERN, PROPOSAL)
 * @param stance the sentence's stance; NEUTRAL when it has none
 * @param partId the id of the plan part commented on; null when the sentence names no part
 * @param method how the link was made
 * @param score the similarity behind a {@link Method#SIMILARITY} link, 1 for an explicit mention, 0 otherwise
 *     (also for a {@link Method#CONTEXT} link)
 */
public record ResponseLink(
    String documentId,
    String board,
    Evidence evidence,
    List<FindingKind> kinds,
    Stance stance,
    String partId,
    Method method,
    double score) {

  /** Copies the kind list, so the record is immutable. */
  public ResponseLink {
    kinds = List.copyOf(kinds);
  }

  /** How a response sentence was linked to a plan part. */
  public enum Method {
    /** The sentence names the part: its goal number, its heading or its area. */
    EXPLICIT,
    /** The sentence's content lemmas resemble the part's. */
    SIMILARITY,
    /** The sentence speaks of the subject a section's heading names (responsibility, money, follow-up) without naming it. */
    TOPIC,
    /** The sentence names no part itself but continues the paragraph of a sentence linked to it ("målet", "dessa kostnader"). */
    CONTEXT,
    /** Neither: the sentence is about the plan as a whole. */
    NONE;

    /**
     * The lower-case name used in JSON and CSV.
     *
     * @return the code, such as {@code explicit}
     */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Whether the sentence raises a resource concern.
   *
   * @return true when its finding kinds include {@link FindingKind#RESOURCE_CONCERN}
   */

  public boolean concern() {
    return kinds.contains(FindingKind.RESOURCE_CONCERN);
  }
}
