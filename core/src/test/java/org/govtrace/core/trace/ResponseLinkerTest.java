package org.govtrace.core.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.govtrace.core.compare.ContentLemmas;
import org.govtrace.core.query.ResponseLink;
import org.govtrace.core.query.ResponseTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ResponseLinkerTest {

  private final ContentLemmas lemmas = new ContentLemmas();
  private final CorpusViews views = new CorpusViews(TraceFixtures::documents, () -> org.govtrace.core.lineage.LineageManifest.EMPTY, List.of());

  @AfterEach
  void close() {
    lemmas.close();
    views.close();
  }

  private ResponseLink link(ResponseTable table, String phrase) {
    return table.links().stream().filter(l -> l.evidence().sentence().contains(phrase)).findFirst().orElseThrow();
  }

  /** "resultatmål 2" in a response links to the plan's second goal as an explicit mention. */
  @Test
  void linksAnExplicitGoalNumber() {
    ResponseTable table = views.responses(views.corpus(), "handlingsplan-2025.txt");
    ResponseLink link = link(table, "resultatmål 2");
    assertEquals("goal-2", link.partId());
    assertEquals(ResponseLink.Method.EXPLICIT, link.method());
    assertEquals("Farsta stadsdelsnämnd", link.board());
  }

  /** A sentence naming the focus area links to the area. */
  @Test
  void linksAnAreaNamedInTheSentence() {
    ResponseLink link = link(views.responses(views.corpus(), "handlingsplan-2025.txt"), "fokusområdet");
    assertEquals("area-valfard-och-service", link.partId());
    assertEquals(ResponseLink.Method.EXPLICIT, link.method());
  }

  /** A sentence about children finishing school links to the education goal by similarity. */
  @Test
  void linksBySimilarityWhenNothingIsNamed() {
    ResponseLink link = link(views.responses(views.corpus(), "handlingsplan-2025.txt"), "fullfölja grundskolan");
    assertEquals("goal-1", link.partId());
    assertEquals(ResponseLink.Method.SIMILARITY, link.method());
  }

  /** The board × part table counts stances and concerns per cell. */
  @Test
  void rollsLinksUpIntoABoardByPartTable() {
    ResponseTable table = views.responses(views.corpus(), "handlingsplan-2025.txt");
    ResponseTable.Cell goal2 = table.cells().stream().filter(c -> "goal-2".equals(c.partId())).findFirst().orElseThrow();
    assertEquals(Map.of("support", 1), goal2.stances());
    int concerns = table.cells().stream().filter(c -> c.board().equals("Farsta stadsdelsnämnd")).mapToInt(ResponseTable.Cell::concerns).sum();
    assertEquals(1, concerns);
    assertEquals(4, table.links().size());
  }
}
