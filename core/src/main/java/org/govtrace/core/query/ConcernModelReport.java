package org.govtrace.core.query;

import java.util.List;

/**
 * What training the resource-concern model measured: leave-one-set-out cross-validation over the example files,
 * the rules alone against the rules backed by the model, and the settings it chose.
 *
 * @param threshold the probability from which a sentence counts as a concern, chosen by the cross-validation
 * @param l2Cost the regularisation the cross-validation chose
 * @param passages how many example passages (or table sentences) were read
 * @param sentences how many sentences they held
 * @param rules the rules alone on every held-out set, pooled (positive class: the passage raises a concern)
 * @param model the model alone on every held-out set, pooled: what the settings were chosen by
 * @param combined the rules backed by the model on every held-out set, pooled
 * @param folds the same two scores per held-out example file
 */
public record ConcernModelReport(double threshold, double l2Cost, int passages, int sentences, Score rules, Score model, Score combined,
    List<Fold> folds) {

  /** Copies the fold list, so the record is immutable. */
  public ConcernModelReport {
    folds = List.copyOf(folds);
  }

  /**
   * One held-out example file.
   *
   * @param examples the file
   * @param passages how many passages it holds
   * @param rules the rules alone on it
   * @param model a model trained without it, alone
   * @param combined the rules backed by a model trained without it
   */
  public record Fold(String examples, int passages, Score rules, Score model, Score combined) {}
}
