package org.govtrace.corpus;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled document goes through Tika's real parsers with its Swedish intact. */
class SampleCorpusExtractionTest {

  private static final SampleCorpus CORPUS = new SampleCorpus();

  private static final Map<String, String> MEDIA_TYPES = Map.of(
      "pdf", "application/pdf",
      "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "odt", "application/vnd.oasis.opendocument.text",
      "html", "text/html",
      "txt", "text/plain",
      "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");

  static Stream<Arguments> documents() throws IOException {
    JsonNode manifest;
    try (InputStream in = CORPUS.open(SampleCorpus.MANIFEST)) {
      manifest = new ObjectMapper().readTree(in);
    }
    List<Arguments> rows = new ArrayList<>();
    for (JsonNode document : manifest.path("documents")) {
      rows.add(Arguments.of(document.path("file").asText(), document.path("title").asText(),
          document.path("issuing_body").asText(), document.path("dnr").asText()));
    }
    return rows.stream();
  }

  /** The type comes from the content; title, body and diary number come out with å, ä and ö intact. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void extractsTitleAndDiaryNumberWithSwedishLettersIntact(String file, String title, String body, String dnr)
      throws IOException {
    TikaText parsed;
    try (InputStream in = CORPUS.open(file)) {
      parsed = TikaText.parse(in);
    }
    String text = parsed.text().replaceAll("\\s+", " ");
    String extension = file.substring(file.lastIndexOf('.') + 1);
    assertAll(
        () -> assertTrue(parsed.contentType().startsWith(MEDIA_TYPES.get(extension)), parsed.contentType()),
        () -> assertTrue(text.contains(title), "title missing: " + title),
        () -> assertTrue(dnr.equals("null") || text.contains(dnr), "own diary number missing: " + dnr),
        () -> assertTrue(text.contains("romsk inkludering"), "theme missing"),
        () -> assertTrue(text.contains("Illustrativt exempel"), "illustrative marking missing"),
        () -> assertTrue(text.matches(".*\\b[\\p{L}]*[åäöÅÄÖ][\\p{L}]*\\b.*"), "no Swedish letters"),
        () -> assertTrue(!text.contains("\uFFFD") && !text.contains("Ã¤"), "mojibake in " + file),
        () -> assertTrue(text.toLowerCase().contains(body.toLowerCase().split(" ")[0]),
            "issuing body missing: " + body));
  }

  /**
   * PDFs have several pages, each with the repeated header line and its own "Sida N av M" footer, and words
   * hyphenated at line ends.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void pdfsHaveSeveralPagesWithRepeatedHeaderAndPageFooter(String file, String title, String body, String dnr)
      throws IOException {
    if (!file.endsWith(".pdf")) {
      return;
    }
    TikaText parsed;
    try (InputStream in = CORPUS.open(file)) {
      parsed = TikaText.parse(in);
    }
    int pages = Integer.parseInt(parsed.metadata().get("xmpTPg:NPages"));
    assertTrue(pages >= 3, file + " has " + pages + " pages");
    Matcher footer = Pattern.compile("Sida (\\d+) av (\\d+)").matcher(parsed.text());
    int seen = 0;
    while (footer.find()) {
      seen++;
      assertEquals(String.valueOf(seen), footer.group(1));
      assertEquals(String.valueOf(pages), footer.group(2));
    }
    assertEquals(pages, seen, "one footer per page");
    assertTrue(Pattern.compile("\\p{Ll}-\n\\p{Ll}").matcher(parsed.text()).find(),
        file + " has no word hyphenated at a line end for the cleaner to rejoin");
    long headers = parsed.text().lines().filter(line -> line.contains(dnr) && line.contains(" · ")).count();
    assertEquals(pages, headers, "the header line with the diary number repeats on every page");
  }

  /** The Windows-1252 text file is detected as such, not read as UTF-8. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void windows1252TextIsDetectedFromContent(String file, String title, String body, String dnr) throws IOException {
    if (!file.startsWith("strandvik")) {
      return;
    }
    try (InputStream in = CORPUS.open(file)) {
      Metadata metadata = TikaText.parse(in).metadata();
      assertTrue(metadata.get(Metadata.CONTENT_TYPE).contains("windows-1252"), metadata.get(Metadata.CONTENT_TYPE));
    }
  }
}
