package org.govtrace.core.query;

import java.util.List;
import java.util.Map;
import org.govtrace.core.query.DocumentRef;

/**
 * What each board said about each part of a plan: the plan's parts, every linked response sentence, and the
 * board × part table with stances and concerns.
 *
 * @param plan the plan (or strategy)
 * @param parts its sections, goals and areas
 * @param links the response sentences with stance, concern or proposal, each linked to a part or to none
 * @param cells the board × part table: one cell per board and part (or {@code null} part for the plan as a
 *     whole) that has at least one sentence
 */
public record ResponseTable(DocumentRef plan, List<PlanPart> parts, List<ResponseLink> links, List<Cell> cells) {

  /** Copies the lists, so the record is immutable. */
  public ResponseTable {
    parts = List.copyOf(parts);
    links = List.copyOf(links);
    cells = List.copyOf(cells);
  }

  /**
   * One board's sentences on one plan part.
   *
   * @param board the board
   * @param partId the part's id; null for sentences about the plan as a whole
   * @param sentences the number of linked sentences
   * @param stances the count of each stance code among them
   * @param concerns the number that raise a resource concern
   * @param proposals the number that make a proposal
   */
  public record Cell(String board, String partId, int sentences, Map<String, Integer> stances, int concerns, int proposals) {
    /** Copies the stance counts, so the record is immutable. */
    public Cell {

      stances = Map.copyOf(stances);
    }
  }
}
