package org.govtrace.core.compare;

import static org.govtrace.core.testdocs.TestDocuments.document;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.DocumentType;
import org.govtrace.core.query.Change;
import org.govtrace.core.query.GoalChange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Goals merged or split in other words: parallel goals that share a frame and the goal that names their items. */
class GoalAlignmentTest {

  private static final ContentLemmas LEMMAS = new ContentLemmas();
  // Sentences around the goals, so that the frame words are not the rarest in the documents.
  private static final String CONTEXT =
      "Planen gäller för hela kommunen och följs upp årligen av äldrenämnden. "
          + "Äldre som bor ensamma är en växande grupp i kommunen. "
          + "Uppföljningen redovisas till kommunstyrelsen i samband med årsredovisningen. ";

  @AfterAll
  static void close() {
    LEMMAS.close();
  }

  private static List<GoalChange> goals(String[] before, String[] after) {
    var a = document("strategi.txt").type(DocumentType.STRATEGY).text(CONTEXT + String.join(" ", before));
    for (String goal : before) {
      a.goal(goal.substring(goal.length() - 25));
    }
    var b = document("plan.txt").type(DocumentType.ACTION_PLAN).text(CONTEXT + String.join(" ", after));
    for (String goal : after) {
      b.goal(goal.substring(goal.length() - 25));
    }
    AnalyzedDocument older = a.build();
    AnalyzedDocument newer = b.build();
    return new DocumentComparator(LEMMAS, List.of()).compare(older, newer).goals();
  }

  @Test
  void mergesParallelGoalsIntoTheGoalThatNamesEachItem() {
    List<GoalChange> changes =
        goals(
            new String[] {
              "Äldre personer som bor ensamma ska ha tillgång till en mötesplats i sin stadsdel.",
              "Äldre personer som bor ensamma ska erbjudas regelbundna hembesök.",
              "Biblioteken ska ha öppet alla helger under året."
            },
            new String[] {
              "Äldre personer som bor ensamma har tillgång till en mötesplats i sin stadsdel, erbjuds regelbundna hembesök och får stöd att använda digitala tjänster.",
              "Biblioteken har öppet alla helger under året."
            });

    GoalChange merged = changes.stream().filter(c -> c.change() == Change.MERGED).findFirst().orElseThrow(() -> new AssertionError(changes));
    assertEquals(2, merged.before().size());
    assertEquals(1, merged.after().size());
  }

  @Test
  void doesNotMergeAGoalWhoseOwnItemTheNewerGoalLeavesOut() {
    List<GoalChange> changes =
        goals(
            new String[] {
              "Äldre personer som bor ensamma ska ha tillgång till en mötesplats i sin stadsdel.",
              "Äldre personer som bor ensamma ska erbjudas matlådor från det kommunala köket."
            },
            new String[] {
              "Äldre personer som bor ensamma har tillgång till en mötesplats i sin stadsdel och får stöd att använda digitala tjänster."
            });

    assertEquals(List.of(Change.REWORDED, Change.DROPPED), changes.stream().map(GoalChange::change).toList());
  }

  @Test
  void attachesALeftoverGoalMostlyMadeOfAPairedGoalsWordsAsAFurtherPart() {
    List<GoalChange> changes =
        goals(
            new String[] {
              "Äldre personer som bor ensamma ska erbjudas samordnade insatser från kommunen och regionen.",
              "Biblioteken ska ha öppet alla helger under året."
            },
            new String[] {
              "Äldre personer som bor ensamma och behöver insatser från både kommunen och regionen har en samordnad individuell plan.",
              "Kommunen och regionen har gemensamma rutiner för samverkan kring äldre personer som bor ensamma.",
              "Biblioteken har öppet alla helger under året.",
              "Fritidsgårdarna har öppet varje kväll under sommarlovet."
            });

    GoalChange split = changes.stream().filter(c -> c.change() == Change.SPLIT).findFirst().orElseThrow(() -> new AssertionError(changes));
    assertEquals(2, split.after().size());
    assertEquals(1, changes.stream().filter(c -> c.change() == Change.ADDED).count());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Delmål 5: Fler unga ska ha en meningsfull fritid.|Fler unga ska ha en meningsfull fritid.",
        "Resultatmål 3. Fler unga ska ha en meningsfull fritid.|Fler unga ska ha en meningsfull fritid.",
        "Mål 1.2 – Fler unga ska ha en meningsfull fritid.|Fler unga ska ha en meningsfull fritid.",
        "Effektmål 2.1: Fler unga ska ha en meningsfull fritid.|Fler unga ska ha en meningsfull fritid.",
        "Målet är att fler unga ska ha en meningsfull fritid.|Målet är att fler unga ska ha en meningsfull fritid."
      })
  void comparesGoalsWithoutTheirListLabel(String goal, String withoutLabel) {
    assertEquals(withoutLabel, GoalAlignment.withoutListLabel(goal));
  }
}
