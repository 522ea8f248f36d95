package org.govtrace.core.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.govtrace.core.query.KwicLine;
import org.govtrace.core.query.KwicRequest;
import org.junit.jupiter.api.Test;

class KwicTest {

  private final Kwic kwic = new Kwic();

  /** Each line shows the window of words on each side, the document and the page. */
  @Test
  void showsTheWindowAroundEachMatch() {
    List<KwicLine> lines = kwic.lines(TraceFixtures.corpus(), new KwicRequest("resurser", 3, false, 100));
    assertEquals(2, lines.size());
    KwicLine farsta = lines.get(0);
    assertEquals("fram behovet av", farsta.left());
    assertEquals("resurser", farsta.match());
    assertEquals("för att genomföra", farsta.right());
    assertEquals("Farsta stadsdelsnämnd (2025)", farsta.document());
  }

  /** A trailing star matches every ending; a zero window shows the word alone. */
  @Test
  void matchesPrefixesWithAStar() {
    List<KwicLine> lines = kwic.lines(TraceFixtures.corpus(), new KwicRequest("resultatmål*", 0, false, 100));
    assertEquals(List.of("Resultatmål", "Resultatmål", "resultatmål"), lines.stream().map(KwicLine::match).toList());
    assertEquals("", lines.get(0).left());
  }
}
