package org.govtrace.core.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.govtrace.core.model.DocumentText;
import org.govtrace.core.model.Page;
import org.govtrace.core.model.Sentence;
import org.govtrace.core.model.Span;
import org.govtrace.core.model.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OpenNlpSentenceAnnotatorTest {

  private static final OpenNlpSentenceAnnotator ANNOTATOR = OpenNlpSentenceAnnotator.fromClasspath();

  private static List<String> sentences(String text) {
    return ANNOTATOR.annotate(DocumentText.ofPlainText(text)).stream().map(Sentence::text).toList();
  }

  private static Token token(String text, String word) {
    return ANNOTATOR.annotate(DocumentText.ofPlainText(text)).stream().flatMap(s -> s.tokens().stream())
        .filter(t -> t.text().equals(word)).findFirst().orElseThrow(() -> new AssertionError("no token " + word + " in " + text));
  }

  @Test
  void shipsEveryModelAsAClasspathResource() {
    for (String name : NlpModels.FILES) {
      assertNotNull(NlpModels.class.getResource(name), name);
    }
    assertTrue(ANNOTATOR.fingerprint().startsWith("opennlp-sv-"), ANNOTATOR.fingerprint());
  }

  @Test
  void namesTheMissingModelFile(@TempDir Path empty) {
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> OpenNlpSentenceAnnotator.fromDirectory(empty));
    assertTrue(e.getMessage().contains(NlpModels.SENTENCE_FILE), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Nämnden ansvarar för flera verksamheter, t.ex. Förskolan Solrosen och fritidsgården.",
      "Förvaltningen har bl.a. Socialförvaltningen som samarbetspart i arbetet.",
      "Planen omfattar s.k. Trygghetsvandringar i varje stadsdel.",
      "Ärendet behandlades enl. Kommunallagens regler om jäv.",
      "Bestämmelsen finns i 6 kap. Kommunallagen och gäller alla nämnder.",
      "Taxan gäller fr.o.m. Januari nästa år enligt beslutet.",
      "Beslutet gäller hela perioden, dvs. Hösten 2025 och våren 2026.",
      "Kostnaderna redovisas särskilt (jfr Bilaga 2 till utlåtandet).",
      "Remissen har Dnr KS 2025/809 och besvaras senast i maj.",
      "Ärendet avser bilaga nr. 4 i handlingsplanen för trygghet.",
      "Beslutet följer 3 kap. 9 § och anmäls till kommunstyrelsen.",
  })
  void neverEndsASentenceAfterAGovernanceAbbreviation(String first) {
    List<String> found = sentences(first + " Nästa mening handlar om något annat.");
    assertEquals(2, found.size(), found.toString());
    assertEquals(first, found.get(0));
  }

  @Test
  void keepsInitialsInsideANameButEndsASentenceAfterAnAppendixLetter() {
    assertEquals(List.of("Utredningen leddes av A. K. Lindqvist från regionen.", "Hon lämnade rapporten i juni."),
        sentences("Utredningen leddes av A. K. Lindqvist från regionen. Hon lämnade rapporten i juni."));
    assertEquals(List.of("Kostnaderna redovisas i bilaga B.", "Nämnden har inga invändningar."),
        sentences("Kostnaderna redovisas i bilaga B. Nämnden har inga invändningar."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\n  \n"})
  void findsNoSentenceInEmptyText(String text) {
    assertEquals(List.of(), sentences(text));
  }

  @Test
  void keepsEachNumberedDecisionAsItsOwnSentence() {
    String text = "Förslag till beslut\n1. Stadsdelsnämnden godkänner förvaltningens yttrande.\n"
        + "2. Nämnden överlämnar yttrandet till kommunstyrelsen\n3. Protokollet justeras omedelbart.";
    assertEquals(List.of("Förslag till beslut", "1. Stadsdelsnämnden godkänner förvaltningens yttrande.",
        "2. Nämnden överlämnar yttrandet till kommunstyrelsen", "3. Protokollet justeras omedelbart."), sentences(text));
  }

  @Test
  void keepsBulletItemsApartAndLeavesTheBulletOut() {
    String text = "Förvaltningen vill särskilt lyfta fram:\n• ökade kostnader för hemtjänsten\n"
        + "• brist på sjuksköterskor\n– Samverkan med regionen behöver stärkas.\nDärför föreslås en utredning.";
    assertEquals(List.of("Förvaltningen vill särskilt lyfta fram:", "ökade kostnader för hemtjänsten", "brist på sjuksköterskor",
        "Samverkan med regionen behöver stärkas.", "Därför föreslås en utredning."), sentences(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Bakgrund\\nKommunfullmäktige antog programmet i mars.|2",
      "Ekonomiska konsekvenser\\nFörslaget ryms inom budgeten. Inga medel behövs.|3",
      "Förvaltningen anser att handlingsplanen i sin helhet\\nbehöver förtydligas när det gäller ansvaret.|1",
      "Första stycket slutar här.\\n\\nAndra stycket börjar utan rubrik|2",
  })
  void treatsHeadingsAsSentencesAndJoinsWrappedLines(String text, int count) {
    List<String> found = sentences(text.replace("\\n", "\n"));
    assertEquals(count, found.size(), found.toString());
  }

  @Test
  void skipsTheLetterheadAndNeverGluesAcrossIt() {
    String body = "Nämnden har fått remissen från kommunstyrelsen och\n";
    String letterhead = "Handläggare\nAnna Svensson\nTelefon 08-123 45 67\n";
    String rest = "Yttrandet ska lämnas senast den 1 december.";
    String text = body + letterhead + rest;
    Span head = new Span(body.length(), body.length() + letterhead.length() - 1);
    DocumentText document = new DocumentText(text, List.of(new Page(1, new Span(0, text.length()))), List.of(), List.of(head),
        Map.of("Handläggare", "Anna Svensson"));
    List<Sentence> found = ANNOTATOR.annotate(document);
    assertEquals(List.of("Nämnden har fått remissen från kommunstyrelsen och", rest), found.stream().map(Sentence::text).toList());
    assertTrue(found.stream().noneMatch(s -> s.span().overlaps(head)));
  }

  @ParameterizedTest
  @CsvSource({
      "Samtidigt ökar kraven på resursfördelningen mellan stadsdelarna., resursfördelningen, resursfördelning",
      "Förvaltningen efterfrågar ett tydligare samordningsansvar för nämnderna., samordningsansvar, samordningsansvar",
      "Äldreomsorgsnämnderna ska rapportera varje kvartal., Äldreomsorgsnämnderna, äldreomsorgsnämnd",
      "Resurserna räcker inte till alla uppdrag., Resurserna, resurs",
      "Stadsdelsnämnden godkänner yttrandet., godkänner, godkänna",
  })
  void lemmatisesInflectedWordsAndCompoundsByTheirHead(String text, String word, String lemma) {
    assertEquals(lemma, token(text, word).lemma());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Kostnaderna har ökat (jfr bilaga 2).|Kostnaderna har ökat ( jfr bilaga 2 ) .",
      "Planen gäller åren 2023–2026 i hela staden.|Planen gäller åren 2023–2026 i hela staden .",
      "Ansvaret ligger bl.a. hos nämnden, t.ex. vid uppföljningen.|Ansvaret ligger bl.a. hos nämnden , t.ex. vid uppföljningen .",
  })
  void tokenisesTheWayUdSwedishDoes(String text, String expected) {
    List<String> tokens = ANNOTATOR.annotate(DocumentText.ofPlainText(text)).stream()
        .flatMap(s -> s.tokens().stream()).map(Token::text).toList();
    assertEquals(List.of(expected.split(" ")), tokens);
  }

  @Test
  void tagsACapitalisedHeadingNounAsANounNotAName() {
    Token first = ANNOTATOR.annotate(DocumentText.ofPlainText("Handlingsplan för trygghet i skolan")).get(0).tokens().get(0);
    assertEquals("NOUN", first.upos());
    assertEquals("handlingsplan", first.lemma());
  }

  @Test
  void tagsAPlainSentenceWithUniversalTags() {
    String text = "Nämnden ska följa upp arbetet varje år.";
    List<String> tags = ANNOTATOR.annotate(DocumentText.ofPlainText(text)).get(0).tokens().stream().map(Token::upos).toList();
    assertEquals(List.of("NOUN", "AUX", "VERB", "ADV", "NOUN", "DET", "NOUN", "PUNCT"), tags);
  }

  @Test
  void pointsEveryTokenAndSentenceBackIntoTheText() {
    String text = "Sammanfattning\n\nKommunstyrelsen har skickat planen på remiss. Förvaltningen ser positivt på den, "
        + "men saknar bl.a. en kostnadsberäkning (se bilaga 1).\n• Mer resurser behövs";
    List<Sentence> found = ANNOTATOR.annotate(DocumentText.ofPlainText(text));
    for (int i = 0; i < found.size(); i++) {
      Sentence sentence = found.get(i);
      assertEquals(i, sentence.index());
      assertEquals(sentence.text(), sentence.span().of(text));
      assertFalse(sentence.tokens().isEmpty());
      for (Token token : sentence.tokens()) {
        assertEquals(token.text(), token.span().of(text));
        assertTrue(sentence.span().contains(token.span()));
      }
    }
    assertEquals(4, found.size(), found.stream().map(Sentence::text).toList().toString());
  }

  @Test
  void givesTheSameAnswersFromManyThreads() throws Exception {
    String text = "Förvaltningen bedömer att uppdraget kräver ytterligare resurser. Nämnden föreslår därför en utökad ram.\n\n"
        + "Sammanfattning\nKommunstyrelsen ansvarar för samordningen, t.ex. uppföljningen av målen.";
    List<Sentence> expected = ANNOTATOR.annotate(DocumentText.ofPlainText(text));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Sentence>>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(pool.submit(() -> ANNOTATOR.annotate(DocumentText.ofPlainText(text))));
      }
      for (Future<List<Sentence>> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
