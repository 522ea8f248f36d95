package org.govtrace.core.model;

/**
 * Character offsets {@code [start, end)} into a document's cleaned text. Every later result points back
 * through spans, so evidence can be shown in context and mapped to its page.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 */
public record Span(int start, int end) {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("A span needs 0 <= start <= end, got [" + start + ", " + end + ")");
    }
  }

  /** The number of characters covered. */
  public int length() {
    return end - start;
  }

  /** Whether {@code other} lies wholly inside this span. */
  public boolean contains(Span other) {
    return other.start >= start && other.end <= end;
  }

  /** Whether the offset lies inside this span. */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  /** Whether the two spans share at least one character. */
  public boolean overlaps(Span other) {
    return other.start < end && start < other.end;
  }

  /** The covered text of {@code text}. */
  public String of(String text) {
    return text.substring(start, end);
  }
}
