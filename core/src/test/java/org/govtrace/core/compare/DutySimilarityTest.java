package org.govtrace.core.compare;

import static org.govtrace.core.testdocs.TestDocuments.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.DocumentType;
import org.govtrace.core.model.Finding;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.query.Change;
import org.govtrace.core.query.ResponsibilityChange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How two versions' duties are judged alike: verb groups, nominalisations, compounds, generic words, collectives. */
class DutySimilarityTest {

  // Sentences of an imagined plan: they give the word frequencies, so generic words are frequent as in a real one.
  private static final List<String> PLAN = List.of(
      "Arbetet med strategin ska bedrivas i hela staden och i varje verksamhet.",
      "Nämnderna ska genomföra arbetet inom sina verksamheter och följa upp arbetet varje år.",
      "Kommunstyrelsen ansvarar för samordning och uppföljning av arbetet med handlingsplanen.",
      "Insatserna ska utgå från invånarnas behov och arbetet ska ske i samverkan med civilsamhället.",
      "Strategin gäller för stadens samtliga verksamheter.",
      "Handlingsplanen beskriver arbetet under perioden.",
      "Stadsdelsnämnderna erbjuder sommarjobb till ungdomar.",
      "Brobyggare finns i skolan och i socialtjänsten.",
      "Kulturnämnden ska erbjuda läsfrämjande insatser på biblioteken.",
      "Socialnämnden ska ge stöd till placerade barn och deras familjer.");

  private static ContentLemmas lemmas;
  private static DutyVocabulary vocabulary;
  private static ResponsibilityAlignment alignment;

  @BeforeAll
  static void build() {
    lemmas = new ContentLemmas();
    vocabulary = new DutyVocabulary(lemmas);
    List<Set<String>> bags = new ArrayList<>();
    PLAN.forEach(s -> bags.add(vocabulary.keys(s)));
    alignment = new ResponsibilityAlignment(vocabulary.weights(bags), vocabulary);
  }

  @AfterAll
  static void close() {
    lemmas.close();
  }

  private static ResponsibilityAlignment.Item item(String actor, String duty) {
    Set<String> keys = vocabulary.keys(duty);
    keys.removeAll(vocabulary.keys(actor));
    return new ResponsibilityAlignment.Item(new Finding(FindingKind.RESPONSIBILITY, "duty", actor, "ska", duty, null, "test"), keys);
  }

  /** Each row: a duty of the earlier version, one of the later, and the label the pair gets (none: not paired). */
  @ParameterizedTest(name = "{1} | {3} -> {4}")
  @CsvSource(delimiter = '|', textBlock = """
      Kommunstyrelsen | varje år sammanställa en rapport om arbetet mot hemlöshet | Kommunstyrelsen | varje år redovisa en samlad rapport om hemlösheten | kept
      Socialnämnden | samordna arbetet mot våld i nära relationer | Socialnämnden | samordningen av arbetet mot våld i nära relationer | kept
      Socialnämnden | följa upp insatserna för äldre med missbruk | Socialnämnden | uppföljningen av insatserna för äldre med missbruk | kept
      Miljönämnden | uppföljningsansvar för luftkvaliteten | Miljönämnden | följa upp luftkvaliteten i innerstaden | kept
      Kulturnämnden | erbjuda sommarlovsaktiviteter för barn | Kulturnämnden | tillhandahålla sommarlovsaktiviteter för barn och unga | kept
      Kommunstyrelsen | ta fram en digitaliseringsplan | Kommunstyrelsen | utarbeta en digitaliseringsplan för hela staden | kept
      Kommunstyrelsen | informera invånarna om krisberedskapen | Kommunstyrelsen | kommunikationen med invånarna om krisberedskapen | kept
      Kommunstyrelsen | samordna arbetet med strategin | Kommunstyrelsen | följa upp arbetet med handlingsplanen | none
      Kommunstyrelsen | ta fram en kommunikationsplan | Kommunstyrelsen | utarbeta riktlinjer för upphandling | none
      Utbildningsnämnden | samverka med stadsdelsnämnderna kring förskolan | Utbildningsnämnden | att barn deltar i förskolan och fullföljer grundskolan | none
      Kulturnämnden | genomföra strategin i den egna verksamheten | samtliga nämnder och bolagsstyrelser | omsätta handlingsplanen i sina respektive verksamheter | moved
      Arbetsmarknadsnämnden | erbjuda feriejobb till ungdomar | stadsdelsnämnderna | erbjuda ungdomar feriejobb och praktikplatser | moved
      Kulturnämnden | erbjuda läsfrämjande insatser på biblioteken | Socialnämnden | erbjuda stöd till placerade barn | none
      Idrottsnämnden | följa upp arbetet i verksamheten | Trafiknämnden | följa upp arbetet med strategin | none
      Idrottsnämnden | erbjuda simundervisning för nyanlända barn och unga i stadens badhus under sommarlovet | stadsdelsnämnderna | erbjuda nyanlända barn simundervisning | moved
      Socialnämnden | ge stöd till placerade barn | Utbildningsnämnden | ge stöd till barn med läs- och skrivsvårigheter i grundskolan | none
      """)
  void pairsDutiesThatSayTheSameThing(String actorA, String dutyA, String actorB, String dutyB, String label) {
    List<ResponsibilityChange> changes = alignment.align(List.of(item(actorA, dutyA)), List.of(item(actorB, dutyB)));
    ResponsibilityChange paired = changes.stream().filter(c -> c.before() != null && c.after() != null).findFirst().orElse(null);
    if (label.equals("none")) {
      assertEquals(null, paired, () -> "paired at " + changes);
    } else {
      assertTrue(paired != null, () -> "not paired: " + changes);
      assertEquals(Change.fromCode(label), paired.change());
    }
  }

  /** With two candidates, the duty goes to the one with the same verb group and object, not to the one sharing only generic words. */
  @Test
  void prefersTheSameReportingDutyOverOneSharingOnlyTheDocumentName() {
    ResponsibilityAlignment.Item report = item("Kommunstyrelsen", "varje år sammanställa en rapport om hur arbetet med strategin fortskrider");
    ResponsibilityAlignment.Item coordination = item("Kommunstyrelsen", "samordning och uppföljning av handlingsplanen");
    ResponsibilityAlignment.Item annual = item("Kommunstyrelsen", "årligen redovisa en samlad rapport till kommunfullmäktige");
    List<ResponsibilityChange> changes = alignment.align(List.of(report), List.of(coordination, annual));
    ResponsibilityChange paired = changes.stream().filter(c -> c.before() != null && c.after() != null).findFirst().orElseThrow();
    assertEquals(annual.finding(), paired.after());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      sammanställa en rapport | redovisa
      rapporteringen till nämnden | redovisa
      samordningen | samordna
      koordinera insatserna | samordna
      följer upp resultaten | följa-upp
      uppföljningsansvar | följa-upp
      resultatuppföljning | följa-upp
      ta fram en plan | ta-fram
      tillhandahålla | erbjuda
      omsätta strategin | genomföra
      """)
  void readsGroupWordsInAllTheirForms(String text, String group) {
    assertTrue(vocabulary.keys(text).contains(DutyVocabulary.group(group)), () -> text + " -> " + vocabulary.keys(text));
  }

  @Test
  void keepsTheCompoundBesideItsGroup() {
    Set<String> keys = vocabulary.keys("uppföljningsansvar");
    assertEquals(2, keys.size(), keys::toString);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      föreningsstöd | stödja
      utbilda personalen | inrätta
      följa lagen | följa-upp
      """)
  void doesNotFindShortGroupWordsInsideOtherWords(String text, String group) {
    assertFalse(vocabulary.keys(text).contains(DutyVocabulary.group(group)), () -> text + " -> " + vocabulary.keys(text));
  }

  @Test
  void discountsGenericWords() {
    ContentLemmas.Weights weights = vocabulary.weights(List.of(Set.of("arbet"), Set.of("brobyggar")));
    assertTrue(weights.weight("arbet") < weights.weight("brobyggar") / 2);
  }

  @Test
  void rejectsAVocabularyLineWithoutAGroupName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DutyVocabulary(lemmas, List.of("samordna, leda")));
    assertTrue(e.getMessage().contains("duty-words.txt"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      samtliga nämnder och bolagsstyrelser | kulturnämnden | true
      stadsdelsnämnderna | skärholmens stadsdelsnämnd | true
      stadsdelsnämnderna | socialnämnden | false
      områdesnämnderna | norra områdesnämnden | true
      områdesnämnderna | kultur- och fritidsnämnden | false
      facknämnderna | socialnämnden | true
      facknämnderna | skärholmens stadsdelsnämnd | false
      berörda nämnder | stadsdelsnämnderna | true
      nämnderna | kommunstyrelsen | true
      samtliga nämnder och bolagsstyrelser | stockholm stadshus ab | true
      socialnämnden | kulturnämnden | false
      kulturnämnden | samtliga nämnder | false
      """)
  void knowsWhichBoardsACollectiveIncludes(String group, String member, boolean included) {
    assertEquals(included, ResponsibilityAlignment.includes(group, member));
  }

  /** "ansvarar för delmål 1 och 2" is two duties: one may stay with the board while the other moves. */
  @Test
  void followsEachCitedGoalOfADutyOnItsOwn() {
    AnalyzedDocument strategy = document("strategi.txt").type(DocumentType.STRATEGY)
        .text("Delmål 1: Fler vuxna med funktionsnedsättning har ett arbete. Delmål 2: Unga får sommarjobb och praktikplatser i staden. "
            + "Arbetsmarknadsnämnden ansvarar för delmål 1 och 2.")
        .goal("Delmål 1").goal("Delmål 2")
        .responsibility("Arbetsmarknadsnämnden", "ansvarar", "delmål 1 och 2")
        .build();
    AnalyzedDocument plan = document("plan.txt").type(DocumentType.ACTION_PLAN)
        .text("Arbetsmarknadsnämnden ska se till att fler vuxna med funktionsnedsättning har ett arbete. "
            + "Stadsdelsnämnderna ska erbjuda unga sommarjobb och praktikplatser.")
        .responsibility("Arbetsmarknadsnämnden", "ska", "se till att fler vuxna med funktionsnedsättning har ett arbete")
        .responsibility("Stadsdelsnämnderna", "ska", "erbjuda unga sommarjobb och praktikplatser")
        .build();
    List<ResponsibilityChange> changes = new DocumentComparator(lemmas, List.of()).compare(strategy, plan).responsibilities();
    assertTrue(changes.stream().anyMatch(c -> c.change() == Change.KEPT && c.after() != null && c.after().actor().equals("Arbetsmarknadsnämnden")), changes::toString);
    assertTrue(changes.stream().anyMatch(c -> c.change() == Change.MOVED && c.after() != null && c.after().actor().equals("Stadsdelsnämnderna")), changes::toString);
    assertFalse(changes.stream().anyMatch(c -> c.change() == Change.DROPPED), changes::toString);
  }
}
