package org.govtrace.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.govtrace.core.model.DocumentText;
import org.govtrace.core.model.Page;
import org.govtrace.core.model.Section;
import org.govtrace.core.model.Span;

/** The invariants every cleaned text keeps, checked with messages that name the offending page or span. */
final class TextInvariants {

  private TextInvariants() {}

  static void assertValid(DocumentText text) {
    int length = text.text().length();
    int cursor = 0;
    for (Page page : text.pages()) {
      assertEquals(cursor, page.span().start(), "page " + page.number() + " leaves a gap or overlaps");
      assertTrue(page.span().end() <= length, "page " + page.number() + " ends past the text");
      cursor = page.span().end();
    }
    assertEquals(length, cursor, "pages do not cover the text");
    int previous = -1;
    for (Section section : text.sections()) {
      assertTrue(section.span().end() <= length, "section '" + section.heading() + "' ends past the text");
      assertTrue(section.span().start() >= previous, "section '" + section.heading() + "' goes backwards");
      assertTrue(section.level() >= 1, "section '" + section.heading() + "' has level " + section.level());
      assertTrue(
          text.text().startsWith(section.heading(), section.span().start())
              || text.text().substring(section.span().start()).contains(section.heading()),
          "section '" + section.heading() + "' does not start at its heading");
      previous = section.span().start();
    }
    for (Span block : text.letterhead()) {
      assertTrue(block.end() <= length, "letterhead " + block + " ends past the text");
    }
    assertTrue(text.text().equals(java.text.Normalizer.normalize(text.text(), java.text.Normalizer.Form.NFC)),
        "text is not NFC");
  }
}
