package org.govtrace.core.text;

/**
 * One line of extracted text on its way to the cleaned text.
 *
 * @param text the line without leading or trailing white space
 * @param page the page it came from, starting at 1
 * @param indented whether it began with white space (a dropped bullet glyph or a new paragraph often leaves one)
 * @param breakBefore whether a blank line (a paragraph break) came before it
 */
record Line(String text, int page, boolean indented, boolean breakBefore) {

  Line withText(String replacement) {
    return new Line(replacement, page, indented, breakBefore);
  }

  Line withBreakBefore() {
    return new Line(text, page, indented, true);
  }
}
