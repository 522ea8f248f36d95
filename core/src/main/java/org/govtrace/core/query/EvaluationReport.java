package org.govtrace.core.query;

import java.util.List;

/**
 * The scores of one gold file, field by field, for the analysis and the keyword baseline.
 *
 * @param goldFile the gold file as given
 * @param kind {@code documents} (a JSON array) or {@code passages} (JSON Lines)
 * @param items how many documents or passages were scored
 * @param fields the scores in the order of FORMAT.md
 * @param disagreements every passage or document field the analysis got wrong, in gold-file order
 */
public record EvaluationReport(String goldFile, String kind, int items, List<FieldScore> fields, List<GoldDisagreement> disagreements) {

  /** Copies the lists, so the record is immutable. */
  public EvaluationReport {
    fields = List.copyOf(fields);
    disagreements = List.copyOf(disagreements);
  }

  /**
   * The score of one field.
   *
   * @param name the field's name as FORMAT.md spells it, such as {@code goals}
   * @return the score, or null when the report has none
   */

  public FieldScore field(String name) {
    return fields.stream().filter(f -> f.field().equals(name)).findFirst().orElse(null);
  }
}
