package org.govtrace.core.compare;

import static org.govtrace.core.testdocs.TestDocuments.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.DocumentType;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.query.Change;
import org.govtrace.core.query.Comparison;
import org.govtrace.core.query.ConceptChange;
import org.govtrace.core.query.ConceptRelation;
import org.govtrace.core.query.GoalChange;
import org.govtrace.core.query.ResponsibilityChange;
import org.govtrace.core.query.ReusedPassage;
import org.govtrace.core.query.WordDiff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocumentComparatorTest {

  private static final String SHARED =
      "Arbetet ska utgå från de mänskliga rättigheterna och bedrivas i nära samverkan med den romska minoriteten, "
          + "så att insatserna svarar mot de behov som romer själva beskriver i dialogen med staden.";

  private static final String STRATEGY_TEXT =
      """
      Strategi för romsk inkludering

      Romska barn och unga ska ha samma möjligheter till utbildning som andra barn och unga i staden. \
      Andelen romer som har en egen försörjning genom arbete ska öka. \
      Romers tillgång till bostad och hälso- och sjukvård ska förbättras. \
      Romska invånare ska känna tillit till stadens verksamheter. \
      Romska invånare ska få information om stadens service på ett tillgängligt sätt. \
      Diskrimineringen av romer ska minska. \
      Staden ska inrätta ett romskt informationscenter.

      Socialnämnden ska samordna arbetet med romsk inkludering. \
      Kulturnämnden ska erbjuda romsk kultur och läsfrämjande insatser på biblioteken. \
      Utbildningsnämnden ska anställa brobyggare i skolan.

      Rätten till utbildning gäller alla. Rätten till social omsorg och trygghet gäller alla.

      """
          + SHARED;

  private static final String PLAN_TEXT =
      """
      Handlingsplan för romsk inkludering

      Romska barn och unga ska ha likvärdiga möjligheter till en god utbildning som andra barn i Stockholm. \
      Andelen romer som har en egen försörjning genom arbete ska öka. \
      Romers tillgång till en trygg bostad ska förbättras. \
      Romers tillgång till hälso- och sjukvård ska förbättras. \
      Romska invånare ska känna tillit till stadens verksamheter och få tillgänglig information om stadens service. \
      Diskrimineringen av romer ska minska. \
      Romska kvinnors hälsa ska följas upp årligen.

      Socialnämnden ska samordna stadens arbete med romsk inkludering. \
      Stadsdelsnämnderna ska erbjuda romsk kultur och läsfrämjande insatser på biblioteken. \
      Arbetsmarknadsnämnden ska erbjuda romska kvinnor praktik och arbetsmarknadsutbildning.

      Rätten till utbildning gäller alla. Fokusområdet välfärd och service omfattar omsorgen.

      """
          + SHARED.replace("nära samverkan", "nära och regelbunden samverkan");

  private static ContentLemmas lemmas;
  private static Comparison comparison;

  @BeforeAll
  static void compare() {
    AnalyzedDocument strategy =
        document("strategi-2018.txt").type(DocumentType.STRATEGY).title("Strategi för romsk inkludering").dates("2018-03-01")
            .text(STRATEGY_TEXT)
            .goal("samma möjligheter till utbildning").goal("egen försörjning").goal("bostad och hälso")
            .goal("känna tillit").goal("få information").goal("Diskrimineringen").goal("informationscenter")
            .responsibility("Socialnämnden", "ska", "samordna arbetet med romsk inkludering")
            .responsibility("Kulturnämnden", "ska", "erbjuda romsk kultur och läsfrämjande insatser på biblioteken")
            .responsibility("Utbildningsnämnden", "ska", "anställa brobyggare i skolan")
            .finding(FindingKind.RIGHTS_AREA, "ratten-till-utbildning", "Rätten till utbildning")
            .finding(FindingKind.RIGHTS_AREA, "ratten-till-social-omsorg", "Rätten till social omsorg och trygghet")
            .build();
    AnalyzedDocument plan =
        document("handlingsplan-2025.txt").type(DocumentType.ACTION_PLAN).title("Handlingsplan för romsk inkludering").dates("2025-05-01")
            .text(PLAN_TEXT)
            .goal("likvärdiga möjligheter").goal("egen försörjning").goal("en trygg bostad").goal("hälso- och sjukvård ska")
            .goal("känna tillit").goal("Diskrimineringen").goal("kvinnors hälsa")
            .responsibility("Socialnämnden", "ska", "samordna stadens arbete med romsk inkludering")
            .responsibility("Stadsdelsnämnderna", "ska", "erbjuda romsk kultur och läsfrämjande insatser på biblioteken")
            .responsibility("Arbetsmarknadsnämnden", "ska", "erbjuda romska kvinnor praktik och arbetsmarknadsutbildning")
            .finding(FindingKind.RIGHTS_AREA, "ratten-till-utbildning", "Rätten till utbildning")
            .finding(FindingKind.FOCUS_AREA, "valfard-och-service", "välfärd och service")
            .build();
    lemmas = new ContentLemmas();
    comparison =
        new DocumentComparator(lemmas, new PassageAligner(), List.of(new ConceptRelation("ratten-till-social-omsorg", "valfard-och-service", "continued_by")))
            .compare(strategy, plan);
  }

  @AfterAll
  static void close() {
    lemmas.close();
  }

  private static GoalChange goalBefore(String phrase) {
    return comparison.goals().stream().filter(g -> g.before().stream().anyMatch(f -> f.text().contains(phrase))).findFirst().orElseThrow();
  }

  /** An unchanged goal is kept, with no diff to show. */
  @Test
  void keepsAGoalInTheSameWords() {
    GoalChange change = goalBefore("Diskrimineringen");
    assertEquals(Change.KEPT, change.change());
    assertTrue(change.diff().isEmpty());
  }

  /** A goal in new words is reworded, and the word diff shows what was deleted and inserted. */
  @Test
  void marksARewordedGoalWithAWordDiff() {
    GoalChange change = goalBefore("samma möjligheter");
    assertEquals(Change.REWORDED, change.change());
    assertTrue(change.after().get(0).text().contains("likvärdiga"));
    assertTrue(change.diff().contains(new WordDiff(WordDiff.Op.DELETE, "samma")), change.diff().toString());
    assertTrue(change.diff().contains(new WordDiff(WordDiff.Op.INSERT, "likvärdiga")), change.diff().toString());
  }

  /** One goal about housing and health care becomes two goals. */
  @Test
  void findsAGoalSplitInTwo() {
    GoalChange change = goalBefore("bostad och hälso");
    assertEquals(Change.SPLIT, change.change());
    assertEquals(2, change.after().size());
  }

  /** Two goals about trust and information become one. */
  @Test
  void findsTwoGoalsMergedIntoOne() {
    GoalChange change = goalBefore("känna tillit");
    assertEquals(Change.MERGED, change.change());
    assertEquals(2, change.before().size());
    assertEquals(1, change.after().size());
  }

  /** A goal the plan no longer has is dropped; a goal only the plan has is added. */
  @Test
  void reportsDroppedAndAddedGoals() {
    assertEquals(Change.DROPPED, goalBefore("informationscenter").change());
    GoalChange added = comparison.goals().stream().filter(g -> g.change() == Change.ADDED).findFirst().orElseThrow();
    assertTrue(added.after().get(0).text().contains("kvinnors hälsa"), added.toString());
    assertEquals(1, comparison.goals().stream().filter(g -> g.change() == Change.ADDED).count());
  }

  /** Each responsibility label: kept (same actor), moved (same duty, new actor), dropped, added. */
  @Test
  void labelsEachResponsibility() {
    Map<Change, List<ResponsibilityChange>> byChange =
        comparison.responsibilities().stream().collect(Collectors.groupingBy(ResponsibilityChange::change));
    assertEquals("Socialnämnden", byChange.get(Change.KEPT).get(0).actorAfter());
    ResponsibilityChange moved = byChange.get(Change.MOVED).get(0);
    assertEquals("Kulturnämnden", moved.actorBefore());
    assertEquals("Stadsdelsnämnderna", moved.actorAfter());
    assertEquals("Utbildningsnämnden", byChange.get(Change.DROPPED).get(0).actorBefore());
    assertEquals("Arbetsmarknadsnämnden", byChange.get(Change.ADDED).get(0).actorAfter());
    assertEquals(4, comparison.responsibilities().size());
  }

  /** Concepts kept, dropped and added, with the thesaurus relation that links the dropped to the added. */
  @Test
  void showsConceptRelationsAcrossVersions() {
    Map<String, ConceptChange> byLabel = comparison.concepts().stream().collect(Collectors.toMap(ConceptChange::label, Function.identity()));
    assertEquals(Change.KEPT, byLabel.get("ratten-till-utbildning").change());
    ConceptChange dropped = byLabel.get("ratten-till-social-omsorg");
    assertEquals(Change.DROPPED, dropped.change());
    assertEquals("valfard-och-service", dropped.related().get(0).to());
    ConceptChange added = byLabel.get("valfard-och-service");
    assertEquals(Change.ADDED, added.change());
    assertFalse(added.related().isEmpty());
  }

  /** The shared paragraph, edited in the plan, is found as reuse with both spans and pages. */
  @Test
  void findsTheReusedParagraph() {
    ReusedPassage passage =
        comparison.reuse().stream().filter(p -> p.textB().contains("regelbunden samverkan")).findFirst().orElseThrow();
    assertTrue(passage.textA().contains("nära samverkan med den romska minoriteten"), passage.textA());
    assertTrue(passage.similarity() > 0.5 && passage.similarity() < 1.0, String.valueOf(passage.similarity()));
    assertEquals(1, passage.pageA());
  }
}
