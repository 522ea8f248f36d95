package org.govtrace.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.DocumentId;
import org.govtrace.core.model.DocumentType;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.model.Sentence;
import org.govtrace.core.model.Token;
import org.govtrace.core.query.BoardConcern;
import org.govtrace.core.query.ConcernsRequest;
import org.govtrace.core.query.ConcernsResult;
import org.govtrace.core.query.CorpusStats;
import org.govtrace.core.query.FacetCount;
import org.govtrace.core.query.Goal;
import org.govtrace.core.query.GoalsRequest;
import org.govtrace.core.query.MissingIndexException;
import org.govtrace.core.query.NoSuchDocumentException;
import org.govtrace.core.query.QuerySyntaxException;
import org.govtrace.core.query.Responsibility;
import org.govtrace.core.query.ResponsibilitiesRequest;
import org.govtrace.core.query.SearchRequest;
import org.govtrace.core.query.SearchResult;
import org.govtrace.core.query.SentenceHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusIndexTest {

  private static final String FINGERPRINT = "test-pipeline-1";

  @TempDir Path directory;
  private CorpusIndex index;

  private final AnalyzedDocument plan = IndexFixtures.withFinding(
      IndexFixtures.withFinding(
          IndexFixtures.document(
              "Handlingsplan för inkludering\n\nSocialnämnden ska samordna arbetet med stadens brobyggare. "
                  + "Resultatmålet är att fler unga ska fullfölja gymnasiet. Arbetet ska rymmas inom befintlig budget.",
              DocumentType.ACTION_PLAN, "Kommunstyrelsen", LocalDate.of(2025, 3, 4), "Handlingsplan för inkludering", null),
          "Socialnämnden ska samordna", FindingKind.RESPONSIBILITY, "samordning", "Socialnämnden", "ska",
          "samordna arbetet med stadens brobyggare"),
      "Resultatmålet", FindingKind.GOAL, "resultatmål", null, null, "fler unga ska fullfölja gymnasiet");

  private final AnalyzedDocument farsta = IndexFixtures.withFinding(
      IndexFixtures.document(
          "Svar på remiss av handlingsplan för inkludering\n\nFörvaltningen välkomnar handlingsplanen. "
              + "Förvaltningen ser ett stort resursbehov för att kunna genomföra åtgärderna. "
              + "Uppdraget bör finansieras särskilt.",
          DocumentType.REFERRAL_RESPONSE, "Farsta stadsdelsnämnd", LocalDate.of(2025, 11, 20),
          "Svar på remiss av handlingsplan för inkludering", "Handlingsplan för inkludering"),
      "resursbehov", FindingKind.RESOURCE_CONCERN, "resources", null, null, "stort resursbehov");

  private final AnalyzedDocument social = IndexFixtures.document(
      "Yttrande över handlingsplan för inkludering\n\nSocialförvaltningen ställer sig bakom handlingsplanen. "
          + "Resurserna i verksamheten används redan fullt ut.",
      DocumentType.REFERRAL_RESPONSE, "Socialnämnden", LocalDate.of(2025, 11, 2),
      "Yttrande över handlingsplan för inkludering", "Handlingsplan för inkludering");

  @BeforeEach
  void openIndex() {
    index = new CorpusIndex(directory);
  }

  @AfterEach
  void closeIndex() {
    index.close();
  }

  private void indexAll(AnalyzedDocument... documents) {
    try (IndexSession session = index.openSession(FINGERPRINT)) {
      for (AnalyzedDocument document : documents) {
        session.put(document, "/corpus/" + document.profile().issuingBody() + ".txt");
      }
    }
  }

  @Test
  void findsACompoundByOneOfItsPartsInflected() {
    indexAll(plan, farsta, social);
    SearchResult result = index.search(SearchRequest.of("resurser"));
    List<String> texts = result.hits().stream().map(hit -> hit.snippet().text()).toList();
    assertTrue(texts.stream().anyMatch(text -> text.contains("resursbehov")), texts.toString());
    SentenceHit farstaHit = result.hits().stream().filter(hit -> hit.snippet().text().contains("resursbehov")).findFirst().orElseThrow();
    assertEquals("Förvaltningen ser ett stort [resursbehov] för att kunna genomföra åtgärderna.", farstaHit.snippet().marked("[", "]"));
    assertEquals(1, farstaHit.page());
    assertEquals("Farsta stadsdelsnämnd", farstaHit.issuingBody());
  }

  @Test
  void ranksTheSentencesUnderAHeadingAboveTheBareHeading() {
    AnalyzedDocument response = IndexFixtures.document(
        "Yttrande över handlingsplan för inkludering\n\nFörvaltningen välkomnar handlingsplanen.\n\nResurser\n\n"
            + "Förvaltningen bedömer att det saknas resurser för att genomföra samtliga åtgärder under planperioden, "
            + "särskilt i de verksamheter som redan i dag har svårt att rekrytera personal.",
        DocumentType.REFERRAL_RESPONSE, "Farsta stadsdelsnämnd", LocalDate.of(2025, 11, 20),
        "Yttrande över handlingsplan för inkludering", "Handlingsplan för inkludering");
    assertTrue(response.text().sections().stream().anyMatch(section -> section.heading().equals("Resurser")),
        response.text().sections().toString());
    indexAll(response);

    List<String> texts = index.search(SearchRequest.of("resurser")).hits().stream().map(hit -> hit.snippet().text()).toList();

    assertEquals(2, texts.size(), texts.toString());
    assertTrue(texts.get(0).startsWith("Förvaltningen bedömer att det saknas resurser"), texts.toString());
    assertEquals("Resurser", texts.get(1));
  }

  @Test
  void findsThePluralDefiniteFormForTheBaseForm() {
    indexAll(plan, farsta, social);
    SearchResult result = index.search(SearchRequest.of("resurs"));
    assertTrue(result.hits().stream().anyMatch(hit -> hit.snippet().marked("[", "]").contains("[Resurserna]")),
        result.hits().toString());
  }

  @Test
  void findsAndMarksAWordThroughItsLemma() {
    AnalyzedDocument analyzed = IndexFixtures.document("Arbetet går långsamt framåt i stadsdelarna.",
        DocumentType.REPORT, "Farsta stadsdelsnämnd", LocalDate.of(2025, 1, 9), "Uppföljning", null);
    // The lemma the tagger gives, whatever the annotator in use says, so the test shows what the index does with it.
    List<Sentence> sentences = analyzed.sentences().stream()
        .map(sentence -> new Sentence(sentence.index(), sentence.span(), sentence.page(), sentence.text(),
            sentence.tokens().stream()
                .map(token -> token.text().equals("går") ? new Token(token.span(), token.text(), "VERB", "gå") : token)
                .toList()))
        .toList();
    indexAll(new AnalyzedDocument(analyzed.id(), analyzed.source(), analyzed.mediaType(), analyzed.profile(),
        analyzed.text(), sentences, List.of(), analyzed.stance(), analyzed.truncated()));
    SearchResult result = index.search(SearchRequest.of("gå"));
    assertEquals(1, result.totalHits());
    assertEquals("Arbetet «går» långsamt framåt i stadsdelarna.", result.hits().get(0).snippet().marked("«", "»"));
  }

  @Test
  void findsEveryFormOfAWordByItsWrittenPrefix() {
    indexAll(plan, farsta, social);
    SearchResult result = index.search(SearchRequest.of("resurs*"));
    List<String> marked = result.hits().stream().map(hit -> hit.snippet().marked("[", "]")).toList();
    assertEquals(2, result.totalHits(), marked.toString());
    assertTrue(marked.contains("[Resurserna] i verksamheten används redan fullt ut."), marked.toString());
    assertTrue(marked.contains("Förvaltningen ser ett stort [resursbehov] för att kunna genomföra åtgärderna."), marked.toString());
  }

  @Test
  void countsFacetsOverEveryMatch() {
    indexAll(plan, farsta, social);
    // Each title is a heading sentence; both responses also name the plan in their body.
    SearchResult result = index.search(SearchRequest.of("handlingsplanen").withPage(0, 1));
    assertEquals(1, result.hits().size());
    assertEquals(5, result.totalHits());
    Map<String, List<FacetCount>> facets = result.facets();
    assertEquals(List.of(new FacetCount("referral_response", 4, 2), new FacetCount("action_plan", 1, 1)), facets.get("type"));
    assertEquals(List.of(new FacetCount("2025", 5, 3)), facets.get("year"));
    assertEquals(3, facets.get("body").size());
  }

  @Test
  void filtersByTypeBodyAndYear() {
    indexAll(plan, farsta, social);
    assertEquals(4, index.search(SearchRequest.of("handlingsplanen").withType("referral_response")).totalHits());
    assertEquals(2, index.search(SearchRequest.of("handlingsplanen").withBody("farsta")).totalHits());
    assertEquals(0, index.search(SearchRequest.of("handlingsplanen").withYear(2018)).totalHits());
  }

  @Test
  void groupsTheSentencesOfOneFindingKindByBoardInOneSearch() {
    indexAll(plan, farsta, social);
    SearchResult result = index.search(SearchRequest.of("*:*").withKind("resource_concern"));
    assertEquals(1, result.totalHits());
    assertEquals(List.of(new FacetCount("Farsta stadsdelsnämnd", 1, 1)), result.facets().get("body"));
  }

  @Test
  void answersWhichBoardsRaisedAResourceConcern() {
    indexAll(plan, farsta, social);
    ConcernsResult result = index.concerns(ConcernsRequest.resources().withRespondsTo("handlingsplan för inkludering"));
    assertEquals(List.of("Farsta stadsdelsnämnd"), result.raised().stream().map(BoardConcern::board).toList());
    BoardConcern concern = result.raised().get(0);
    assertEquals(LocalDate.of(2025, 11, 20), concern.date());
    assertEquals(1, concern.evidence().size());
    assertTrue(concern.evidence().get(0).sentence().contains("resursbehov"));
    assertEquals(List.of("Socialnämnden"), result.notRaised().stream().map(BoardConcern::board).toList());
    assertTrue(index.concerns(ConcernsRequest.resources().withRespondsTo("budgetpropositionen")).raised().isEmpty());
  }

  @Test
  void countsTheSameBytesAtTwoPathsAsOneDocument() {
    indexAll(farsta, plan);
    try (IndexSession session = index.openSession(FINGERPRINT)) {
      session.put(farsta, "/kopior/farsta.txt");
      session.put(plan, "/kopior/plan.txt");
    }
    assertEquals(1, index.concerns(ConcernsRequest.resources()).raised().get(0).evidence().size());
    assertEquals(1, index.responsibilities(ResponsibilitiesRequest.all()).size());
    assertEquals(2, index.analyzedDocuments().size());
  }

  @Test
  void showsThePlanByItsTitleThoughTheResponsesQuoteIt() {
    indexAll(plan, farsta, social);

    assertEquals(plan.id(), index.show("handlingsplan för inkludering").id());
    assertEquals(farsta.id(), index.show("Svar på remiss av handlingsplan").id());
  }

  @Test
  void listsResponsibilitiesAndGoalsWithEvidence() {
    indexAll(plan, farsta, social);
    List<Responsibility> duties = index.responsibilities(new ResponsibilitiesRequest("social", null));
    assertEquals(1, duties.size());
    assertEquals("Socialnämnden", duties.get(0).actor());
    assertEquals("ska", duties.get(0).modality());
    assertTrue(index.responsibilities(new ResponsibilitiesRequest("farsta", null)).isEmpty());
    List<Goal> goals = index.goals(new GoalsRequest(plan.id().shortForm()));
    assertEquals(List.of("fler unga ska fullfölja gymnasiet"), goals.stream().map(Goal::text).toList());
    assertThrows(NoSuchDocumentException.class, () -> index.goals(new GoalsRequest("finns-inte.pdf")));
  }

  @Test
  void showsTheStoredDocumentExactlyAsItWasIndexed() {
    indexAll(plan, farsta, social);
    assertEquals(farsta, index.show(farsta.id().value().substring(0, 8)));
    assertEquals(farsta, index.show("Farsta stadsdelsnämnd.txt"));
    assertEquals(java.util.Set.of(plan, farsta, social), java.util.Set.copyOf(index.analyzedDocuments()));
  }

  @Test
  void countsDocumentsSentencesAndFindings() {
    indexAll(plan, farsta, social);
    CorpusStats stats = index.stats();
    assertEquals(3, stats.documents());
    assertEquals(plan.sentences().size() + farsta.sentences().size() + social.sentences().size(), stats.sentences());
    assertEquals(Map.of("referral_response", 2L, "action_plan", 1L), stats.documentsByType());
    assertEquals(1L, stats.findingsByKind().get("resource_concern"));
    assertEquals(1L, stats.findingsByKind().get("responsibility"));
    assertEquals(0L, stats.findingsByKind().get("stance"));
  }

  @Test
  void knowsAnUnchangedSourceAndReplacesAChangedOne() {
    indexAll(farsta);
    try (IndexSession session = index.openSession(FINGERPRINT)) {
      String source = "/corpus/Farsta stadsdelsnämnd.txt";
      assertTrue(session.isUnchanged(source, farsta.id()));
      assertFalse(session.isUnchanged(source, new DocumentId("abc")));
      assertTrue(session.put(social, source));
    }
    assertEquals(1, index.stats().documents());
    assertEquals(0, index.search(SearchRequest.of("resursbehov")).totalHits());
    try (IndexSession session = index.openSession("another-pipeline")) {
      assertFalse(session.isUnchanged("/corpus/Farsta stadsdelsnämnd.txt", social.id()));
      assertEquals(List.of("/corpus/Farsta stadsdelsnämnd.txt"), session.staleSources());
    }
  }

  @Test
  void aCrashBeforeCommitLeavesTheLastCommit() {
    indexAll(plan);
    IndexSession session = index.openSession(FINGERPRINT);
    session.put(farsta, "/corpus/farsta.txt");
    session.abort();
    assertEquals(1, index.stats().documents());
    assertEquals(0, index.search(SearchRequest.of("resursbehov")).totalHits());
    try (CorpusIndex reopened = new CorpusIndex(directory)) {
      assertEquals(1, reopened.stats().documents());
    }
  }

  @Test
  void rejectsABadQueryWithAMessageNamingIt() {
    indexAll(plan);
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> index.search(SearchRequest.of("resurser AND (budget")));
    assertTrue(e.getMessage().startsWith("The query 'resurser AND (budget' is not valid: "), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void saysToIndexFirstWhenThereIsNoIndex(@TempDir Path empty) {
    try (CorpusIndex missing = new CorpusIndex(empty.resolve("nowhere"))) {
      MissingIndexException e = assertThrows(MissingIndexException.class, () -> missing.search(SearchRequest.of("resurser")));
      assertTrue(e.getMessage().contains(empty.resolve("nowhere").toString()), e.getMessage());
      assertTrue(e.getMessage().contains("run govtrace index first"), e.getMessage());
      assertFalse(empty.resolve("nowhere").toFile().exists(), "a query must not create the index directory");
    }
  }

  @Test
  void servesSearchesFromManyThreadsWhileOneThreadIndexes() throws Exception {
    indexAll(plan, farsta);
    ExecutorService threads = Executors.newFixedThreadPool(5);
    try {
      Future<?> writer = threads.submit(() -> {
        for (int round = 0; round < 20; round++) {
          try (IndexSession session = index.openSession(FINGERPRINT)) {
            session.put(round % 2 == 0 ? social : plan, "/corpus/växlande.txt");
          }
        }
      });
      List<Future<Long>> readers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        readers.add(threads.submit(() -> {
          long checks = 0;
          while (!writer.isDone()) {
            // The Farsta response never changes, so every reader must see exactly one hit for it at any moment.
            assertEquals(1, index.search(SearchRequest.of("resursbehov")).totalHits());
            long documents = index.stats().documents();
            assertTrue(documents == 2 || documents == 3, "documents: " + documents);
            checks++;
          }
          return checks;
        }));
      }
      writer.get(60, TimeUnit.SECONDS);
      for (Future<Long> reader : readers) {
        assertTrue(reader.get(60, TimeUnit.SECONDS) > 0);
      }
    } finally {
      threads.shutdownNow();
    }
    assertEquals(3, index.stats().documents());
  }
}
