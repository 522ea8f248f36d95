package org.govtrace.core.query;

import java.util.List;
import org.govtrace.core.model.Span;

/**
 * A sentence (or the part of a long one around its first match) with the words that matched the query marked.
 *
 * @param text the text shown
 * @param marks the matched words as offsets into {@code text}, in order and not overlapping
 */
public record Snippet(String text, List<Span> marks) {

  /** Copies the marks, so the record stays immutable. */
  public Snippet {
    marks = List.copyOf(marks);
  }

  /**
   * The text with every mark wrapped in {@code open} and {@code close}.
   *
   * @param open what goes before a marked word, such as {@code [} or a terminal's bold code
   * @param close what goes after it
   * @return the marked text
   */
  public String marked(String open, String close) {
    StringBuilder out = new StringBuilder(text.length() + marks.size() * (open.length() + close.length()));
    int at = 0;
    for (Span mark : marks) {
      out.append(text, at, mark.start()).append(open).append(text, mark.start(), mark.end()).append(close);
      at = mark.end();
    }
    return out.append(text, at, text.length()).toString();
  }
}
