package org.govtrace.core.query;

/**
 * Precision, recall and F1 of a version comparison against a gold alignment, from counts.
 *
 * @param gold gold pairs
 * @param predicted predicted pairs
 * @param matched predicted pairs that match a gold pair, each gold pair matched at most once
 */
public record AlignmentScore(int gold, int predicted, int matched) {
  /**
   * Precision.
   *
   * @return matched / predicted; 0 when nothing was predicted
   */
  public double precision() {
    return predicted == 0 ? 0 : matched / (double) predicted;
  }

  /**
   * Recall.
   *
   * @return matched / gold; 0 when the gold has no pairs
   */
  public double recall() {
    return gold == 0 ? 0 : matched / (double) gold;
  }

  /**
   * F1.
   *
   * @return the harmonic mean of precision and recall
   */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
