package org.govtrace.core.compare;

import static org.govtrace.core.testdocs.TestDocuments.document;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.DocumentType;
import org.govtrace.core.query.Change;
import org.govtrace.core.query.ResponsibilityChange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A board made responsible for a goal ("Särskilt ansvarig: X" under it) follows the goal, however it was reworded. */
class GoalResponsibilityTest {

  private static final ContentLemmas LEMMAS = new ContentLemmas();

  private static final String OLD_GOAL = "Delmål 3: Andelen elever som lämnar grundskolan med godkända betyg i svenska ska öka.";
  private static final String NEW_GOAL = "Resultatmål 2: Alla elever i årskurs 9 når minst godkända betyg i svenska och engelska.";

  @AfterAll
  static void close() {
    LEMMAS.close();
  }

  private static Map<String, Change> changesByActor(String oldBoards, String newBoards, String... newActors) {
    AnalyzedDocument strategy =
        document("strategi.txt").type(DocumentType.STRATEGY)
            .text("Strategin gäller skolans arbete med läsning. " + OLD_GOAL + " Särskilt ansvarig: " + oldBoards + ".")
            .goal("lämnar grundskolan")
            .responsibility("Utbildningsnämnden", "särskilt ansvarig", GoalAlignment.withoutListLabel(OLD_GOAL))
            .build();
    var plan =
        document("plan.txt").type(DocumentType.ACTION_PLAN)
            .text("Planen gäller skolans arbete med läsning. " + NEW_GOAL + " Särskilt ansvariga: " + newBoards + ".")
            .goal("årskurs 9");
    for (String actor : newActors) {
      plan.responsibility(actor, "särskilt ansvarig", GoalAlignment.withoutListLabel(NEW_GOAL));
    }
    List<ResponsibilityChange> changes = new DocumentComparator(LEMMAS, List.of()).compare(strategy, plan.build()).responsibilities();
    return changes.stream()
        .collect(Collectors.toMap(c -> (c.before() == null ? "-" : c.before().actor()) + " -> " + (c.after() == null ? "-" : c.after().actor()), ResponsibilityChange::change));
  }

  @Test
  void keepsTheBoardOfAGoalRewordedInTheNewerDocument() {
    Map<String, Change> changes = changesByActor("Utbildningsnämnden", "Utbildningsnämnden och Kulturnämnden", "Utbildningsnämnden", "Kulturnämnden");

    assertEquals(Map.of("Utbildningsnämnden -> Utbildningsnämnden", Change.KEPT, "- -> Kulturnämnden", Change.ADDED), changes);
  }

  @Test
  void countsANewCoActorAsNewWhenTheBoardKeepsAnOrdinaryDutyForTheGoal() {
    AnalyzedDocument strategy =
        document("strategi.txt").type(DocumentType.STRATEGY)
            .text("Strategin gäller skolans arbete med läsning. " + OLD_GOAL + " Utbildningsnämnden ska öka andelen elever med godkända betyg i svenska.")
            .goal("lämnar grundskolan")
            .responsibility("Utbildningsnämnden", "ska", "öka andelen elever med godkända betyg i svenska")
            .build();
    AnalyzedDocument plan =
        document("plan.txt").type(DocumentType.ACTION_PLAN)
            .text("Planen gäller skolans arbete med läsning. " + NEW_GOAL + " Särskilt ansvariga: Utbildningsnämnden och Kulturnämnden.")
            .goal("årskurs 9")
            .responsibility("Utbildningsnämnden", "särskilt ansvarig", GoalAlignment.withoutListLabel(NEW_GOAL))
            .responsibility("Kulturnämnden", "särskilt ansvarig", GoalAlignment.withoutListLabel(NEW_GOAL))
            .build();

    List<ResponsibilityChange> changes = new DocumentComparator(LEMMAS, List.of()).compare(strategy, plan).responsibilities();

    assertEquals(
        List.of(Change.ADDED),
        changes.stream().filter(c -> c.after() != null && c.after().actor().equals("Kulturnämnden")).map(ResponsibilityChange::change).toList());
  }

  @Test
  void movesAGoalToTheBoardThatTakesItOver() {
    Map<String, Change> changes = changesByActor("Utbildningsnämnden", "Kulturnämnden", "Kulturnämnden");

    assertEquals(Map.of("Utbildningsnämnden -> Kulturnämnden", Change.MOVED), changes);
  }
}
