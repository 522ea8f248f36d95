package org.govtrace.core.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.govtrace.core.query.ConceptRelation;
import org.govtrace.core.query.NoSuchConceptException;
import org.govtrace.core.query.TraceMatrix;
import org.govtrace.core.query.TraceRequest;
import org.junit.jupiter.api.Test;

class TraceMatrixBuilderTest {

  private static final List<ConceptRelation> RELATIONS =
      List.of(new ConceptRelation("ratten-till-social-omsorg", "valfard-och-service", "continued_by"));
  private final TraceMatrixBuilder builder = new TraceMatrixBuilder(RELATIONS);

  /** Columns follow the lineage: strategy, its response, plan, its responses by board. */
  @Test
  void putsDocumentsInLineageOrder() {
    TraceMatrix matrix = builder.build(TraceFixtures.corpus(), TraceRequest.concepts());
    assertEquals(
        List.of("Strategi för romsk inkludering (2018)", "Socialnämnden (2018)", "Handlingsplan för romsk inkludering (2025)", "Farsta stadsdelsnämnd (2025)", "Kulturnämnden (2025)"),
        matrix.columns().stream().map(TraceMatrix.Column::name).toList());
  }

  /** A cell counts the findings and keeps each evidence sentence with its page. */
  @Test
  void fillsCellsWithCountsAndEvidence() {
    TraceMatrix matrix = builder.build(TraceFixtures.corpus(), TraceRequest.concepts());
    TraceMatrix.Row area = matrix.rows().stream().filter(r -> r.label().equals("valfard-och-service")).findFirst().orElseThrow();
    TraceMatrix.Cell inPlan = area.cells().get(2);
    assertEquals(1, inPlan.count());
    assertEquals(2, inPlan.evidence().get(0).page());
    assertTrue(inPlan.evidence().get(0).sentence().startsWith("Fokusområdet välfärd och service"));
    assertEquals(0, area.cells().get(0).count());
  }

  /** Asking for the 2025 focus area by its name brings the 2018 rights area it continues, with the relation. */
  @Test
  void resolvesAConceptByNameAndShowsItsRelatedConcept() {
    TraceMatrix matrix = builder.build(TraceFixtures.corpus(), new TraceRequest(false, "Välfärd och service", null, null, null));
    assertEquals(List.of("ratten-till-social-omsorg", "valfard-och-service"), matrix.rows().stream().map(TraceMatrix.Row::label).toList());
    assertEquals("continued_by", matrix.rows().get(0).relations().get(0).relation());
  }

  /** An actor trace shows who held a duty in 2018 and who holds it in 2025. */
  @Test
  void tracesActorsAndTheirDuties() {
    TraceMatrix matrix = builder.build(TraceFixtures.corpus(), TraceRequest.allActors());
    TraceMatrix.Row social = matrix.rows().stream().filter(r -> r.label().equals("Socialnämnden")).findFirst().orElseThrow();
    assertEquals(List.of("samordna arbetet med romsk inkludering"), social.cells().get(0).details());
    TraceMatrix.Row districts = matrix.rows().stream().filter(r -> r.label().equals("Stadsdelsnämnderna")).findFirst().orElseThrow();
    assertEquals(1, districts.cells().get(2).count());
    assertEquals(1, districts.documentCount());
  }

  /** A concept no document names is a mistake to report, not an empty matrix that reads as "never mentioned". */
  @Test
  void saysWhichConceptsExistWhenTheOneAskedForIsNotNamed() {
    NoSuchConceptException e = assertThrows(NoSuchConceptException.class,
        () -> builder.build(TraceFixtures.corpus(), new TraceRequest(false, "Rätten till bostad", null, null, null)));

    assertTrue(e.getMessage().startsWith("No concept in the indexed documents matches 'Rätten till bostad'"), e.getMessage());
    assertTrue(e.getMessage().contains("ratten-till-social-omsorg"), e.getMessage());
  }

  @Test
  void pointsToTheActorListWhenNoActorMatches() {
    NoSuchConceptException e = assertThrows(NoSuchConceptException.class,
        () -> builder.build(TraceFixtures.corpus(), new TraceRequest(true, null, "Fastighetsnämnden", null, null)));

    assertTrue(e.getMessage().contains("govtrace trace --actors"), e.getMessage());
  }
}
