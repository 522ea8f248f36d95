package org.govtrace.core.query;

/**
 * Counts behind one field's score: true and false positives and false negatives for set and sentence fields,
 * correct and total for accuracy fields, and the macro-F1 over classes where one applies.
 *
 * @param truePositives predicted items that match a gold item
 * @param falsePositives predicted items that match none
 * @param falseNegatives gold items no prediction matched
 * @param correct items predicted right, for accuracy
 * @param total items judged, for accuracy
 * @param macroF1 the mean F1 over classes, or {@code NaN} where it does not apply
 */
public record Score(int truePositives, int falsePositives, int falseNegatives, int correct, int total, double macroF1) {

  /**
   * A score of matched items.
   *
   * @param truePositives predicted items that match a gold item
   * @param falsePositives predicted items that match none
   * @param falseNegatives gold items no prediction matched
   * @return the score, without accuracy or macro-F1
   */
  public static Score ofMatches(int truePositives, int falsePositives, int falseNegatives) {
    return new Score(truePositives, falsePositives, falseNegatives, 0, 0, Double.NaN);
  }

  /**
   * A score of right and judged items.
   *
   * @param correct items predicted right
   * @param total items judged
   * @return the score, without matches or macro-F1
   */
  public static Score ofAccuracy(int correct, int total) {
    return new Score(0, 0, 0, correct, total, Double.NaN);
  }

  /**
   * Precision.
   *
   * @return TP / (TP + FP); 1 when nothing was predicted and nothing was expected, 0 when only gold exists
   */
  public double precision() {
    int predicted = truePositives + falsePositives;
    return predicted == 0 ? (falseNegatives == 0 ? 1.0 : 0.0) : (double) truePositives / predicted;
  }

  /**
   * Recall.
   *
   * @return TP / (TP + FN); 1 when there was nothing to find
   */
  public double recall() {
    int expected = truePositives + falseNegatives;
    return expected == 0 ? 1.0 : (double) truePositives / expected;
  }

  /**
   * F1.
   *
   * @return the harmonic mean of precision and recall
   */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /**
   * Accuracy.
   *
   * @return correct / total; {@code NaN} when nothing was judged
   */
  public double accuracy() {
    return total == 0 ? Double.NaN : (double) correct / total;
  }

  /**
   * Whether this is an accuracy score rather than a precision/recall score.
   *
   * @return true for an accuracy score
   */

  public boolean isAccuracy() {
    return total > 0 && truePositives + falsePositives + falseNegatives == 0;
  }
}
