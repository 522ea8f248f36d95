package org.govtrace.core.text;

import java.util.List;

/**
 * One unit of the cleaned text: a paragraph, heading, list item or letterhead line, with the pages its text came
 * from.
 *
 * @param kind what the block is
 * @param text its cleaned text, on one line
 * @param level for a heading, its depth (1 for top level); 0 otherwise
 * @param pageStarts where in {@code text} each page's part begins, in order; the first at offset 0
 */
record Block(Kind kind, String text, int level, List<PageStart> pageStarts) {

  enum Kind { PARAGRAPH, HEADING, ITEM, LETTERHEAD }

  /** The first character of {@code page}'s text at {@code offset} in the block. */
  record PageStart(int offset, int page) {}

  Block {
    pageStarts = List.copyOf(pageStarts);
  }

  int firstPage() {
    return pageStarts.get(0).page();
  }
}
