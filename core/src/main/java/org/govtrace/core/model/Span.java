package org.govtrace.core.model;

/**
 * Character offsets {@code [start, end)} into a document's cleaned text. Every later result points back
 * through spans, so evidence can be shown in context and mapped to its page.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 */
public record Span(int start, int end) {

  /**
   * Checks the offsets.
   *
   * @throws IllegalArgumentException when start is negative or end lies before start
   */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("A span needs 0 <= start <= end, got [" + start + ", " + end + ")");
    }
  }

  /**
   * The number of characters covered.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end - start;
  }

  /**
   * Whether {@code other} lies wholly inside this span.
   *
   * @param other the span to test
   * @return true when it lies inside
   */
  public boolean contains(Span other) {
    return other.start >= start && other.end <= end;
  }

  /**
   * Whether the offset lies inside this span.
   *
   * @param offset a character offset
   * @return true when {@code start <= offset < end}
   */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  /**
   * Whether the two spans share at least one character.
   *
   * @param other the other span
   * @return true when they overlap
   */
  public boolean overlaps(Span other) {
    return other.start < end && start < other.end;
  }

  /**
   * The covered text of {@code text}.
   *
   * @param text the text the offsets point into
   * @return the substring this span covers
   */

  public String of(String text) {
    return text.substring(start, end);
  }
}
