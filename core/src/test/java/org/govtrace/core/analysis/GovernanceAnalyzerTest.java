package org.govtrace.core.analysis;

import org.govtrace.core.Thesaurus;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.govtrace.core.model.DocumentId;
import org.govtrace.core.model.DocumentProfile;
import org.govtrace.core.model.DocumentText;
import org.govtrace.core.model.DocumentType;
import org.govtrace.core.model.Finding;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.model.Stance;
import org.govtrace.core.nlp.RuleSentenceAnnotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Document-level behaviour of {@link GovernanceAnalyzer}: voice, lists, evidence, roll-up. */
class GovernanceAnalyzerTest {

  private static final GovernanceAnalyzer ANALYZER = new GovernanceAnalyzer(FindingsTableTest.testThesaurus());

  private static DocumentAnalysisView analyze(String text) {
    DocumentText doc = DocumentText.ofPlainText(text);
    DocumentProfile profile = new DocumentProfile(DocumentType.REFERRAL_RESPONSE, null, null, null, List.of(), List.of(), null, null);
    DocumentAnalysis analysis = ANALYZER.analyze(DocumentId.of(text.getBytes(StandardCharsets.UTF_8)), doc, new RuleSentenceAnnotator().annotate(doc), profile);
    return new DocumentAnalysisView(analysis.findings(), analysis.stance(), text);
  }

  private record DocumentAnalysisView(List<Finding> findings, Stance stance, String text) {
    List<Finding> of(FindingKind kind) {
      return findings.stream().filter(f -> f.kind() == kind).toList();
    }
  }

  private static final String RESPONSE = """
      Förslag till beslut

      1. Vård- och omsorgsnämnden överlämnar förvaltningens tjänsteutlåtande till kommunstyrelsen.

      Bakgrund

      Enligt planen ska verksamheterna bedrivas inom befintlig budgetram. Planen anger att det finns ett behov av ökade resurser till hemtjänsten.

      Förvaltningens synpunkter

      Förvaltningen välkomnar planen. Förvaltningen bedömer dock att de nya uppgifterna inte ryms inom befintlig ram. Förvaltningen föreslår att nämnden överlämnar tjänsteutlåtandet till kommunstyrelsen.
      """;

  /** Concerns in the retold plan belong to the plan; the office's own objection is the concern. */
  @Test
  void raisesConcernsOnlyInTheAuthorsOwnVoice() {
    List<Finding> concerns = analyze(RESPONSE).of(FindingKind.RESOURCE_CONCERN);
    assertEquals(1, concerns.size(), concerns.toString());
    assertTrue(concerns.get(0).evidence().sentence().contains("inte ryms inom befintlig ram"));
    assertEquals("Förvaltningens synpunkter", concerns.get(0).evidence().section());
  }

  /** The decision item yields a proposed duty; only the last formal decision proposal is kept. */
  @Test
  void readsTheDecisionListAndKeepsOneFormalProposal() {
    DocumentAnalysisView view = analyze(RESPONSE);
    assertTrue(view.of(FindingKind.RESPONSIBILITY).stream().anyMatch(f -> f.actor().equals("Vård- och omsorgsnämnden") && f.modality().equals("föreslås")));
    List<Finding> formal = view.of(FindingKind.PROPOSAL).stream().filter(f -> f.label().equals("formal")).toList();
    assertEquals(1, formal.size(), formal.toString());
    assertTrue(formal.get(0).text().startsWith("Förvaltningen föreslår"));
  }

  /** In the decision section, the board the office proposes a decision to is the actor, not the office. */
  @Test
  void givesTheProposedDecisionToTheBoard() {
    String text = """
        Förvaltningens förslag till beslut

        Förvaltningen föreslår att individ- och familjenämnden beslutar att godkänna yttrandet som svar på remissen.

        Sammanfattning

        Förvaltningen ställer sig bakom planens inriktning.
        """;
    List<Finding> duties = analyze(text).of(FindingKind.RESPONSIBILITY);
    assertEquals(List.of("Individ- och familjenämnden"), duties.stream().map(Finding::actor).toList(), duties.toString());
    assertEquals("föreslås", duties.get(0).modality());
  }

  /** A goal list that opens on its own line gives the goal line and the items after it. */
  @Test
  void readsAGoalListOpenedOnTheSameLine() {
    String text = """
        För området finns två resultatmål: a) Andelen behöriga förskollärare ökar.

        b) Sjukfrånvaron bland personalen minskar.

        Uppföljningen görs i samband med årsredovisningen och redovisas för nämnden i mars.
        """;
    List<Finding> goals = analyze(text).of(FindingKind.GOAL);
    assertEquals(2, goals.size(), goals.toString());
  }

  /** Support outweighs one reservation: the document's stance is support. */
  @Test
  void rollsUpTheStance() {
    assertEquals(Stance.SUPPORT, GovernanceAnalyzer.rollUp(2, 1, 0, 1));
    assertEquals(Stance.CRITIQUE, GovernanceAnalyzer.rollUp(1, 3, 2, 1));
    assertEquals(Stance.PROPOSAL, GovernanceAnalyzer.rollUp(0, 0, 0, 1));
    assertEquals(Stance.NEUTRAL, GovernanceAnalyzer.rollUp(0, 0, 0, 0));
  }

  /** Items after a line that introduces goals are goals; the list ends at the next paragraph of prose. */
  @Test
  void readsGoalListsWithoutBullets() {
    String text = """
        Planen har följande delmål:

        Alla elever har tillgång till studiehandledning på modersmålet.

        Vårdnadshavare får information om skolans stöd på flera språk.

        Ytterligare insatser planeras. De beskrivs i bilagan.
        """;
    List<Finding> goals = analyze(text).of(FindingKind.GOAL);
    assertEquals(2, goals.size(), goals.toString());
  }

  /** One coordinated subject yields one item per board, and no fragment of a word becomes a board. */
  @Test
  void givesBothBoardsNamedBeforeTheDutyOfBådaNämnderna() {
    String json = """
        {"name": "stad", "concepts": [], "actorPatterns": [], "actors": [
          {"name": "Socialnämnden", "kind": "board"}, {"name": "Kulturnämnden", "kind": "board"},
          {"name": "samtliga nämnder", "kind": "collective", "aliases": ["nämnderna"]}]}""";
    GovernanceAnalyzer analyzer = new GovernanceAnalyzer(Thesaurus.load(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "stad.json"));
    String text = "Kulturnämnden ansvarar för lovaktiviteterna och socialnämnden ska säkerställa stödet. Båda nämnderna ska gemensamt följa upp resultaten.";
    DocumentText doc = DocumentText.ofPlainText(text);
    DocumentProfile profile = new DocumentProfile(DocumentType.REFERRAL_RESPONSE, null, null, null, List.of(), List.of(), null, null);
    List<String> followUp = analyzer.analyze(DocumentId.of(text.getBytes(StandardCharsets.UTF_8)), doc, new RuleSentenceAnnotator().annotate(doc), profile)
        .findings().stream().filter(f -> f.kind() == FindingKind.RESPONSIBILITY && f.text().startsWith("följa upp")).map(Finding::actor).toList();
    assertEquals(List.of("Kulturnämnden", "Socialnämnden"), followUp);
  }

  @Test
  void readsABulletedDivisionOfTheWorkOneLineAtATime() {
    String text = "Vem gör vad?\n• Socialnämnden: stöd till familjerna\n• Okänd enhet: samordning\n• Kommunstyrelsen: uppföljning av planen\n";
    List<String> duties = analyze(text).of(FindingKind.RESPONSIBILITY).stream().map(f -> f.actor() + ": " + f.text()).toList();
    assertEquals(List.of("Socialnämnden: stöd till familjerna", "Kommunstyrelsen: uppföljning av planen"), duties);
  }

  @Test
  void readsEachLineUnderALeadInAsTheLeadInActorsDuty() {
    String text = "Kulturnämnden ska bland annat:\n• erbjuda sagostunder på meänkieli\n• köpa in litteratur på minoritetsspråken\n\nNämnden har dock inte fått några särskilda medel för detta.\n";
    List<String> duties = analyze(text).of(FindingKind.RESPONSIBILITY).stream().map(f -> f.actor() + " (" + f.modality() + "): " + f.text()).toList();
    assertEquals(List.of("Kulturnämnden (ska): erbjuda sagostunder på meänkieli", "Kulturnämnden (ska): köpa in litteratur på minoritetsspråken"), duties);
  }

  @Test
  void readsTheListUnderALeadInThatBreaksOffWithoutAColon() {
    String text = "Äldrenämnden ansvarar för att\n• erbjuda måltider på finska vid önskemål,\n• utbilda personalen i minoritetsrätt.\n";
    List<String> duties = analyze(text).of(FindingKind.RESPONSIBILITY).stream().map(f -> f.actor() + " (" + f.modality() + "): " + f.text()).toList();
    assertEquals(List.of("Äldrenämnden (ansvarar): erbjuda måltider på finska vid önskemål", "Äldrenämnden (ansvarar): utbilda personalen i minoritetsrätt"),
        duties, "no duty 'att' for the lead-in itself");
  }

  @Test
  void givesEachLabelOnOneLineTheActionOfItsOwnRow() {
    String text = "Åtgärd: Sommarskola i matematik Ansvarig: Grundskolenämnden Tidplan: 2027 Åtgärd: Läxhjälp på biblioteken Ansvarig: Kulturnämnden Tidplan: 2027";
    List<String> duties = analyze(text).of(FindingKind.RESPONSIBILITY).stream().map(f -> f.actor() + ": " + f.text()).toList();
    assertEquals(List.of("Grundskolenämnden: Sommarskola i matematik", "Kulturnämnden: Läxhjälp på biblioteken"), duties);
  }

  @Test
  void readsEachRowOfATableFlattenedWithBars() {
    String text = "Åtgärd | Ansvarig | Klart Ny rutin för samråd | Kommunledningskontoret | juni 2027 Utökad läxhjälp på finska | Grundskolenämnden | 2028";
    List<String> duties = analyze(text).of(FindingKind.RESPONSIBILITY).stream().map(f -> f.actor() + ": " + f.text()).toList();
    assertEquals(List.of("Kommunledningskontoret: ny rutin för samråd", "Grundskolenämnden: utökad läxhjälp på finska"), duties);
  }

  @Test
  void spellsOutABoardsShortFormDefinedEarlierInTheDocument() {
    String text = "Fritidsnämnden (FRN) ansvarar för simskolan. Längre fram i planen beskrivs lovverksamheten. FRN ska även erbjuda lovaktiviteter i alla stadsdelar.";
    List<String> actors = analyze(text).of(FindingKind.RESPONSIBILITY).stream().map(Finding::actor).distinct().toList();
    assertEquals(List.of("Fritidsnämnden"), actors);
  }

  @Test
  void leavesABulletedListOfStancesAlone() {
    String text = "Remissinstanserna:\n• Socialnämnden: tillstyrker förslaget\n• Kommunstyrelsen: avstyrker\n";
    assertEquals(List.of(), analyze(text).of(FindingKind.RESPONSIBILITY));
  }

  @Test
  void expandsCoordinatedCompoundsIntoWholeBoards() {
    List<Finding> duties = analyze("Arbetsmarknads-, kultur- och utbildningsnämnden ansvarar för att erbjuda praktikplatser.").of(FindingKind.RESPONSIBILITY);
    assertEquals(List.of("Arbetsmarknadsnämnden", "Kulturnämnden", "Utbildningsnämnden"), duties.stream().map(Finding::actor).toList());
    assertTrue(duties.stream().allMatch(f -> f.text().equals("erbjuda praktikplatser")));
  }

  /** A list of three or more boards splits even when a phrase set off by commas follows the modal. */
  @Test
  void splitsABoardListAcrossAnInterjectedPhrase() {
    List<Finding> duties = analyze("Kultur-, fritids- och utbildningsnämnden ska, var för sig och i sina verksamheter, ordna sommarlovsaktiviteter.").of(FindingKind.RESPONSIBILITY);
    assertEquals(List.of("Kulturnämnden", "Fritidsnämnden", "Utbildningsnämnden"), duties.stream().map(Finding::actor).toList());
    assertTrue(duties.stream().allMatch(f -> f.text().equals("ordna sommarlovsaktiviteter")), duties.toString());
  }

  /** In a table flattened to text each "Ansvarig:" takes the action before it; a measure between them is passed over. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Insats: Språkkaféer på biblioteken. Ansvarig: Kulturnämnden. Insats: Läxhjälp på finska. Ansvarig: Utbildningsnämnden."
            + " | Kulturnämnden=Språkkaféer på biblioteken; Utbildningsnämnden=Läxhjälp på finska",
        "Delmål: Andelen elever som läser finska ska öka. Indikator: antal elever per läsår. Ansvarig: Utbildningsnämnden."
            + " | Utbildningsnämnden=Andelen elever som läser finska ska öka",
        "Ansvarig: Socialnämnden. Åtgärd: Inrätta en rådgivning för hyresgäster. | Socialnämnden=Inrätta en rådgivning för hyresgäster"
      })
  void pairsEachTableLabelWithItsAction(String text, String expected) {
    List<Finding> duties = analyze(text).of(FindingKind.RESPONSIBILITY);
    assertEquals(expected, String.join("; ", duties.stream().map(f -> f.actor() + "=" + f.text()).toList()));
  }

  /** Partners named with "i samverkan med", "i samråd med" or "tillsammans med" share the work, not the duty text. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Socialnämnden ska i samråd med polisen och skolorna ta fram en lägesbild. | ta fram en lägesbild",
        "Socialnämnden bör utveckla anhörigstödet i samarbete med regionen och föreningslivet. | utveckla anhörigstödet",
        "Kulturnämnden ska tillsammans med studieförbunden, biblioteken och föreningarna anordna läsfrämjande aktiviteter. | anordna läsfrämjande aktiviteter",
        "Socialnämnden ska samordna arbetet med regionen. | samordna arbetet med regionen"
      })
  void leavesPartnersOutOfTheDuty(String sentence, String duty) {
    List<Finding> duties = analyze(sentence).of(FindingKind.RESPONSIBILITY);
    assertEquals(List.of(duty), duties.stream().map(Finding::text).toList());
  }

  /** A need phrase that overlaps its resource phrase ("ekonomiska förutsättningar som krävs") is read, not a crash. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Planen ger inte nämnden de ekonomiska förutsättningar som krävs för uppdraget.",
      "Nämnden har de ekonomiska förutsättningar som krävs.",
      "Förvaltningen saknar de personella förutsättningar som behövs för att ta över uppgiften."})
  void readsANeedThatOverlapsItsResourceWord(String sentence) {
    DocumentAnalysisView view = analyze(sentence);

    assertTrue(view.findings().stream().allMatch(f -> f.evidence().sentence().equals(sentence)), view.findings().toString());
  }

  /** Random text never throws, and every finding has evidence inside the text and a rule. */
  @Test
  void randomTextYieldsWellFormedFindings() {
    Random random = new Random(7);
    String[] words = {"nämnden", "ska", "ansvarar", "för", "att", "resurser", "saknas", "målet", "är", "Förvaltningen", "föreslår", "-", ",", ".", "\n", "Bakgrund", "och", "samt", "kultur-", "•"};
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 40; i++) {
        text.append(words[random.nextInt(words.length)]).append(' ');
      }
      DocumentAnalysisView view = analyze(text.toString());
      for (Finding f : view.findings()) {
        assertNotNull(f.evidence(), "finding without evidence: " + f);
        assertNotNull(f.rule(), "finding without rule: " + f);
        assertTrue(f.evidence().span().end() <= view.text().length(), "evidence outside the text: " + f);
        assertFalse(f.kind() == FindingKind.RESPONSIBILITY && (f.actor() == null || f.actor().isBlank()), "responsibility without actor: " + f);
      }
    }
  }

  /**
   * Splices word windows of the table's own sentences into new ones, so every cue phrase meets every other in
   * overlapping and adjacent positions; no rule may throw or place a finding outside its sentence.
   */
  @Test
  void splicedTableSentencesYieldWellFormedFindings() throws IOException {
    List<String[]> sentences;
    try (var lines = Files.lines(Path.of("src/test/resources/analysis/findings.tsv"), StandardCharsets.UTF_8)) {
      sentences = lines.filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.replaceFirst("^\\?", "").split("\t")[0].split(" "))
          .toList();
    }
    Random random = new Random(11);
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder();
      for (int part = 0; part < 3; part++) {
        String[] words = sentences.get(random.nextInt(sentences.size()));
        int from = random.nextInt(words.length);
        int to = Math.min(words.length, from + 2 + random.nextInt(7));
        text.append(String.join(" ", java.util.Arrays.copyOfRange(words, from, to))).append(' ');
      }
      String spliced = text.toString().strip();
      DocumentAnalysisView view = assertDoesNotThrow(() -> analyze(spliced), spliced);
      for (Finding f : view.findings()) {
        assertTrue(f.evidence().span().end() <= view.text().length(), "evidence outside the text: " + f);
        assertFalse(f.kind() == FindingKind.RESPONSIBILITY && (f.actor() == null || f.actor().isBlank()), "responsibility without actor: " + f);
      }
    }
  }
}
