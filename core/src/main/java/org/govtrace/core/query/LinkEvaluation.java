package org.govtrace.core.query;

import java.util.Map;

/**
 * How well the links from response sentences (remissvar) to the parts of a plan match a gold set of links
 * (format in {@code corpus/MANIFEST-FORMAT.md}, "Links gold"). A gold sentence matches a linked sentence of the
 * same response when their longest common substring covers half of the gold sentence.
 *
 * @param links links to a specific part (goal, area or section): {@code gold} counts gold sentences with a
 *     specific target, {@code predicted} the linker's links to a specific part, {@code matched} the pairs with
 *     the same sentence and the same part; recall is the link accuracy, precision the share of predicted
 *     links that are right
 * @param byKind the same by the kind of part: {@code goal}, {@code area}, {@code section}
 * @param planSentences gold sentences about the plan as a whole (no specific target)
 * @param planUnlinked those the linker left unlinked or linked to no part
 * @param goldSentences gold sentences in all
 * @param voicedSentences gold sentences the analysis found as carrying a stance, concern or proposal (the linker
 *     sees only those)
 */
public record LinkEvaluation(
    AlignmentScore links, Map<String, AlignmentScore> byKind, int planSentences, int planUnlinked, int goldSentences, int voicedSentences) {

  /** Copies the map, so the record is immutable. */
  public LinkEvaluation {
    byKind = Map.copyOf(byKind);
  }

  /**
   * The share of plan-level gold sentences that the linker did not tie to a specific part.
   *
   * @return planUnlinked / planSentences; 0 when the gold has none
   */
  public double planShare() {
    return planSentences == 0 ? 0 : planUnlinked / (double) planSentences;
  }
}
