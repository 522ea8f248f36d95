package org.govtrace.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BundledLexiconsTest {

  /** The heading and letterhead lexicons ship in the jar and load. */
  @Test
  void loadsTheBundledLexicons() {
    assertFalse(ResourceLines.read("headings.txt").isEmpty());
    assertFalse(ResourceLines.read("letterhead-labels.txt").isEmpty());
  }

  /** Known headings match whole lines, whatever their case, numbering or final colon; prefixes end in " *". */
  @Test
  void knowsTheHeadingsOfMunicipalDocuments() {
    HeadingLexicon headings = new HeadingLexicon();
    for (String heading :
        List.of("Förslag till beslut", "FÖRVALTNINGENS SYNPUNKTER OCH FÖRSLAG", "3 Ärendets beredning",
            "Ekonomiska konsekvenser:", "Bilaga 2", "Konsekvenser för barn")) {
      assertTrue(headings.isKnown(heading), heading);
    }
    assertFalse(headings.isKnown("Bakgrunden till planen är att staden vill bli bättre"));
    assertEquals("Ärendets beredning", headings.withoutNumbering("3 Ärendets beredning"));
    assertEquals(2, headings.numberingDepth("2.1 Mål och syfte"));
  }
}
