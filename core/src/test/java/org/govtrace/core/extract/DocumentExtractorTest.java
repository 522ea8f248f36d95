package org.govtrace.core.extract;

import org.govtrace.core.ExtractionLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentExtractorTest {

  private static final String SENTENCE = "Förvaltningen föreslår att nämnden godkänner åtgärderna för 2025–2026.";
  private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(ExtractionLimits.DEFAULT);

  static Stream<Arguments> formats() {
    List<String> paragraphs = List.of("Tjänsteutlåtande", SENTENCE);
    return Stream.of(
        Arguments.of("pdf", FixtureDocuments.pdf(List.of(paragraphs)), "application/pdf"),
        Arguments.of(
            "docx",
            FixtureDocuments.docx(paragraphs),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        Arguments.of("odt", FixtureDocuments.odt(paragraphs), "application/vnd.oasis.opendocument.text"),
        Arguments.of("rtf", FixtureDocuments.rtf(paragraphs), "application/rtf"),
        Arguments.of("html", FixtureDocuments.html("Tjänsteutlåtande", List.of(SENTENCE)), "text/html"),
        Arguments.of(
            "pptx",
            FixtureDocuments.pptx(List.of(paragraphs)),
            "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        Arguments.of("txt", FixtureDocuments.text(paragraphs, StandardCharsets.UTF_8), "text/plain"),
        Arguments.of("doc", resource("/extract/tjansteutlatande.doc"), "application/msword"));
  }

  /** Every supported format goes through Tika's real parser; the file name is deliberately no help. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void readsEachFormatFromItsContent(String format, byte[] bytes, String mediaType) {
    Extraction extraction = EXTRACTOR.extract(new ByteArrayInputStream(bytes), "dokument-utan-ändelse");

    assertEquals(mediaType, extraction.mediaType(), format);
    String text = String.join("\n", extraction.pages());
    assertTrue(text.contains("Tjänsteutlåtande"), format + ": " + text);
    assertTrue(text.contains(SENTENCE), format + ": " + text);
    assertFalse(extraction.truncated());
  }

  @Test
  void writesTheBulletsOfHtmlListsAsText() {
    byte[] html =
        ("<html><body><p>De tre fokusområdena är:</p><ul><li>Kunskap och information</li><li>Välfärd och service</li>"
                + "</ul><ol><li>Nämnden godkänner förslaget.</li><li>Paragrafen justeras omedelbart.</li></ol></body></html>")
            .getBytes(StandardCharsets.UTF_8);

    String text = EXTRACTOR.extract(new ByteArrayInputStream(html), "lista.html").pages().get(0);

    assertTrue(text.contains("• Kunskap och information"), text);
    assertTrue(text.contains("• Välfärd och service"), text);
    assertTrue(text.contains("1. Nämnden godkänner förslaget."), text);
    assertTrue(text.contains("2. Paragrafen justeras omedelbart."), text);
  }

  @Test
  void endsEveryBlockWithALineEnd() {
    byte[] odt = FixtureDocuments.odt(List.of("# Sammanfattning", "Förvaltningen ställer sig bakom planen."));

    String text = EXTRACTOR.extract(new ByteArrayInputStream(odt), "svar.odt").pages().get(0);

    assertTrue(text.contains("Sammanfattning\n"), text);
    assertFalse(text.contains("SammanfattningFörvaltningen"), text);
  }

  @Test
  void keepsPdfTextPerPage() {
    byte[] pdf =
        FixtureDocuments.pdf(
            List.of(List.of("Sammanfattning på sidan ett."), List.of("Bakgrund på sidan två."), List.of("Bilagor.")));

    List<String> pages = EXTRACTOR.extract(new ByteArrayInputStream(pdf), "plan.pdf").pages();

    assertEquals(3, pages.size());
    assertTrue(pages.get(0).contains("Sammanfattning på sidan ett."), pages.get(0));
    assertTrue(pages.get(1).contains("Bakgrund på sidan två."), pages.get(1));
    assertFalse(pages.get(1).contains("sidan ett"), pages.get(1));
    assertTrue(pages.get(2).contains("Bilagor."), pages.get(2));
  }

  @Test
  void keepsPresentationTextPerSlide() {
    byte[] pptx =
        FixtureDocuments.pptx(
            List.of(List.of("Handlingsplan", "• Kunskap och information"), List.of("Uppföljning", "• Årsrapport")));

    List<String> slides = EXTRACTOR.extract(new ByteArrayInputStream(pptx), "bilder.pptx").pages();

    assertEquals(2, slides.size(), slides.toString());
    assertTrue(slides.get(0).contains("Kunskap och information"), slides.get(0));
    assertTrue(slides.get(1).contains("Årsrapport"), slides.get(1));
    assertFalse(slides.get(1).contains("Kunskap"), slides.get(1));
  }

  @Test
  void readsWindows1252SwedishText() {
    byte[] text =
        FixtureDocuments.text(
            List.of(
                "Socialförvaltningen bedömer att strategin bidrar till att stärka arbetet.",
                "Nämnden överlämnar förvaltningens tjänsteutlåtande till kommunstyrelsen.",
                "Åtgärderna i handlingsplanen följs upp årligen."),
            Charset.forName("windows-1252"));

    Extraction extraction = EXTRACTOR.extract(new ByteArrayInputStream(text), "svar.txt");

    String extracted = String.join("", extraction.pages());
    assertEquals("text/plain", extraction.mediaType());
    assertTrue(extracted.contains("Socialförvaltningen bedömer att strategin"), extracted);
    assertTrue(extracted.contains("Åtgärderna i handlingsplanen följs upp årligen."), extracted);
  }

  /** Windows-1252 puts "–" and "”" in bytes Tika's text detector calls binary; the text is still read. */
  @Test
  void readsWindows1252TextWithDashesAndQuotes() {
    byte[] text =
        FixtureDocuments.text(
            List.of("Strategin gäller 2018–2022 och ”målen” följs upp årligen…", "Förvaltningen föreslår att nämnden godkänner."),
            Charset.forName("windows-1252"));

    Extraction extraction = EXTRACTOR.extract(new ByteArrayInputStream(text), "strategi.txt");

    assertEquals("text/plain", extraction.mediaType());
    assertTrue(extraction.pages().get(0).contains("Strategin gäller 2018–2022 och ”målen” följs upp årligen…"), extraction.pages().get(0));
  }

  @Test
  void readsAPdfNamedAsTextAsAPdf() {
    byte[] pdf = FixtureDocuments.pdf(List.of(List.of(SENTENCE)));

    Extraction extraction = EXTRACTOR.extract(new ByteArrayInputStream(pdf), "anteckningar.txt");

    assertEquals("application/pdf", extraction.mediaType());
    assertTrue(extraction.pages().get(0).contains(SENTENCE));
  }

  @Test
  void keepsTheTextUpToTheCharacterLimitAndMarksItTruncated() {
    DocumentExtractor limited = new DocumentExtractor(ExtractionLimits.DEFAULT.withMaxCharacters(100));
    List<String> lines = java.util.Collections.nCopies(40, SENTENCE);

    Extraction extraction =
        limited.extract(new ByteArrayInputStream(FixtureDocuments.docx(lines)), "lång.docx");

    assertTrue(extraction.truncated());
    String text = String.join("", extraction.pages());
    assertTrue(text.length() <= 100, "kept " + text.length() + " characters");
    assertTrue(text.startsWith(SENTENCE), text);
  }

  @Test
  void readsAFileFromDisk(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("svar.odt");
    Files.write(file, FixtureDocuments.odt(List.of(SENTENCE)));

    Extraction extraction = EXTRACTOR.extract(file);

    assertEquals(file.toString(), extraction.source());
    assertTrue(extraction.pages().get(0).contains(SENTENCE));
  }

  static Stream<Arguments> badInputs() {
    byte[] pdf = FixtureDocuments.pdf(List.of(List.of(SENTENCE), List.of(SENTENCE)));
    byte[] random = new byte[4096];
    new Random(20251120).nextBytes(random);
    return Stream.of(
        Arguments.of("krypterad.pdf", FixtureDocuments.encryptedPdf(List.of(List.of(SENTENCE)), "hemligt"),
            ExtractionFailure.ENCRYPTED),
        Arguments.of("avbruten.pdf", Arrays.copyOf(pdf, pdf.length / 3), ExtractionFailure.CORRUPT),
        Arguments.of("tom.pdf", new byte[0], ExtractionFailure.EMPTY),
        Arguments.of("slump.pdf", random, ExtractionFailure.UNSUPPORTED),
        Arguments.of("bomb.docx", FixtureDocuments.zipBombDocx(16), ExtractionFailure.ZIP_BOMB),
        Arguments.of("tomma-sidor.pdf", FixtureDocuments.pdf(List.of(List.of(), List.of())), ExtractionFailure.EMPTY),
        Arguments.of("bara-blanka.txt", "   \n\n \t \n".getBytes(StandardCharsets.UTF_8), ExtractionFailure.EMPTY));
  }

  /** Each bad file fails with its own reason and one sentence naming the file and what to do. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void failsABadFileWithOneClearSentence(String name, byte[] bytes, ExtractionFailure expected) {
    ExtractionException failure =
        assertThrows(ExtractionException.class, () -> EXTRACTOR.extract(new ByteArrayInputStream(bytes), name));

    assertEquals(expected, failure.failure(), failure.getMessage());
    assertEquals(expected.describe(name), failure.getMessage());
    assertTrue(failure.getMessage().startsWith(name + ": "));
    assertFalse(failure.getMessage().contains("\n"));
  }

  @Test
  void abandonsAParseThatOutlivesTheTimeLimit() {
    DocumentExtractor impatient =
        new DocumentExtractor(ExtractionLimits.DEFAULT.withTimeout(Duration.ofMillis(300)));
    InputStream hanging =
        new InputStream() {
          @Override
          public int read() {
            try {
              Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return -1;
          }
        };

    long start = System.nanoTime();
    ExtractionException failure =
        assertThrows(ExtractionException.class, () -> impatient.extract(hanging, "hänger.pdf"));

    assertEquals(ExtractionFailure.TIMEOUT, failure.failure());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5_000);
  }

  /** One extractor serves many threads at once. */
  @Test
  void extractsFromManyThreadsAtOnce() throws Exception {
    List<byte[]> files =
        List.of(
            FixtureDocuments.pdf(List.of(List.of(SENTENCE))),
            FixtureDocuments.docx(List.of(SENTENCE)),
            FixtureDocuments.odt(List.of(SENTENCE)),
            FixtureDocuments.html("Svar", List.of(SENTENCE)));
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Extraction>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        byte[] bytes = files.get(i % files.size());
        results.add(pool.submit(() -> EXTRACTOR.extract(new ByteArrayInputStream(bytes), "parallell")));
      }
      for (var result : results) {
        assertTrue(String.join("", result.get().pages()).contains(SENTENCE));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void reportsAMissingFileAsUnreadable(@TempDir Path dir) {
    Path missing = dir.resolve("finns-inte.pdf");

    ExtractionException failure = assertThrows(ExtractionException.class, () -> EXTRACTOR.extract(missing));

    assertEquals(ExtractionFailure.UNREADABLE, failure.failure());
    assertTrue(failure.getMessage().startsWith(missing + ": "));
  }

  @Test
  void rejectsNonsensicalLimits() {
    assertThrows(IllegalArgumentException.class, () -> new ExtractionLimits(0, Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> new ExtractionLimits(10, Duration.ZERO));
  }

  private static byte[] resource(String path) {
    try (InputStream in = DocumentExtractorTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource " + path);
      }
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
