package org.govtrace.core.trace;

import static org.govtrace.core.testdocs.TestDocuments.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.govtrace.core.lineage.LineageInference;
import org.govtrace.core.lineage.LineageManifest;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.DocumentType;
import org.govtrace.core.query.NoSuchDocumentException;
import org.junit.jupiter.api.Test;

class CorpusTest {

  private final AnalyzedDocument yttrande =
      document("ks-yttrande.txt").type(DocumentType.REFERRAL_RESPONSE).body("Kulturnämnden")
          .title("Yttrande över Handlingsplan för romsk inkludering").dates("2025-11-02")
          .text("Yttrande över Handlingsplan för romsk inkludering\n\nNämnden ställer sig bakom planen.").build();

  private Corpus corpusWith(AnalyzedDocument... extra) {
    List<AnalyzedDocument> docs = new ArrayList<>(TraceFixtures.documents());
    docs.addAll(List.of(extra));
    return new Corpus(docs, new LineageInference().infer(docs, LineageManifest.EMPTY));
  }

  @Test
  void findsThePlanByItsTitleEvenWhenResponsesQuoteIt() {
    Corpus corpus = corpusWith(yttrande);

    assertEquals("handlingsplan-2025.txt", corpus.find("Handlingsplan för romsk inkludering").source());
    assertEquals("handlingsplan-2025.txt", corpus.find("handlingsplan för romsk").source());
  }

  @Test
  void findsAResponseByTheWordsOnlyItsTitleHas() {
    assertEquals("ks-yttrande.txt", corpusWith(yttrande).find("Yttrande över handlingsplan").source());
  }

  @Test
  void findsADocumentByFileNameAndIdPrefix() {
    Corpus corpus = corpusWith(yttrande);
    AnalyzedDocument strategy = corpus.find("strategi-2018.txt");

    assertEquals(strategy, corpus.find(strategy.id().value().substring(0, 8)));
  }

  @Test
  void namesTheCandidatesWhenWordsMatchSeveralDocumentsOfOneKind() {
    NoSuchDocumentException e = assertThrows(NoSuchDocumentException.class, () -> corpusWith(yttrande).find("romsk inkludering"));

    assertTrue(e.getMessage().contains("matches 2 documents"), e.getMessage());
    assertTrue(e.getMessage().contains("govtrace lineage"), e.getMessage());
  }

  @Test
  void saysWhatToDoWhenNothingMatches() {
    NoSuchDocumentException e = assertThrows(NoSuchDocumentException.class, () -> corpusWith().find("Budget 2031"));

    assertTrue(e.getMessage().startsWith("No indexed document matches 'Budget 2031'"), e.getMessage());
  }
}
