package org.govtrace.core.query;

import java.util.List;
import org.govtrace.core.model.Evidence;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.query.ConceptRelation;

/**
 * Concepts or actors down, documents across in lineage order; each cell holds the count and the evidence.
 *
 * @param columns the documents, in lineage order
 * @param rows the concepts or actors
 */
public record TraceMatrix(List<Column> columns, List<Row> rows) {

  /** Copies the lists, so the record is immutable. */
  public TraceMatrix {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /**
   * One document column.
   *
   * @param documentId the document id
   * @param name a short name (board and year, or title)
   * @param role the document's role in the lineage
   * @param year its year, 0 when unknown
   * @param answers the id of the document it responds to; null when none
   */
  public record Column(String documentId, String name, String role, int year, String answers) {}

  /**
   * One concept or actor.
   *
   * @param label the concept id or actor name
   * @param kind the finding kind (for an actor trace, {@code RESPONSIBILITY})
   * @param cells one cell per column, in column order
   * @param relations thesaurus relations from or to this concept, shown as such
   */
  public record Row(String label, FindingKind kind, List<Cell> cells, List<ConceptRelation> relations) {
    /** Copies the lists, so the record is immutable. */
    public Row {
      cells = List.copyOf(cells);
      relations = List.copyOf(relations);
    }

    /**
     * The number of documents the row occurs in.
     *
     * @return the count of cells with at least one finding
     */
    public long documentCount() {
      return cells.stream().filter(c -> c.count() > 0).count();
    }
  }

  /**
   * One cell: how often the row's concept or actor occurs in the column's document, and where.
   *
   * @param count the number of findings
   * @param evidence the sentences, each with its page
   * @param details the finding texts: the duties of an actor, the wording of a concept
   */
  public record Cell(int count, List<Evidence> evidence, List<String> details) {
    /** Copies the lists, so the record is immutable. */
    public Cell {

      evidence = List.copyOf(evidence);
      details = List.copyOf(details);
    }
  }
}
