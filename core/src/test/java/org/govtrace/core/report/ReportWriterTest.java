package org.govtrace.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

  private static final Pattern HREF = Pattern.compile("href=\"([^\"#]+)(?:#([^\"]+))?\"");

  /** Markup in a document's text is shown as text on its page, never run. */
  @Test
  void escapesDocumentText(@TempDir Path dir) throws IOException {
    ReportFixtures.write(dir);
    String page;
    try (Stream<Path> files = Files.list(dir)) {
      page = files.filter(p -> p.getFileName().toString().startsWith("doc-")).map(ReportWriterTest::read).filter(t -> t.contains("Idrottsnämnden")).findFirst().orElseThrow();
    }
    assertTrue(page.contains("&lt;script&gt;window.pwned=1&lt;/script&gt;"), page);
    assertFalse(page.contains(ReportFixtures.SCRIPT));
    String index = read(dir.resolve("index.html"));
    assertFalse(index.contains(ReportFixtures.SCRIPT));
    assertFalse(index.contains("<script"), "the report needs no script");
  }

  /** Every link in the report reaches a written file, and every sentence anchor exists on that page. */
  @Test
  void everyLinkReachesItsEvidence(@TempDir Path dir) throws IOException {
    Path index = ReportFixtures.write(dir);
    Matcher m = HREF.matcher(read(index));
    int anchors = 0;
    while (m.find()) {
      if (m.group(1).startsWith("data:")) {
        continue;
      }
      Path target = dir.resolve(m.group(1));
      assertTrue(Files.isRegularFile(target), m.group(0));
      if (m.group(2) != null && m.group(2).startsWith("s-")) {
        assertTrue(read(target).contains("id=\"" + m.group(2) + "\""), m.group(0));
        anchors++;
      }
    }
    assertTrue(anchors >= 10, "sentence links: " + anchors);
  }

  /** The focus-area cell of the plan links to the sentence that names the area, on page 2. */
  @Test
  void matrixCellLinksToTheEvidenceSentenceAndItsPage(@TempDir Path dir) throws IOException {
    String index = read(ReportFixtures.write(dir));
    int row = index.indexOf("<th>valfard-och-service");
    Matcher m = HREF.matcher(index).region(row, index.length());
    assertTrue(m.find());
    String page = read(dir.resolve(m.group(1)));
    int at = page.indexOf("id=\"" + m.group(2) + "\"");
    String span = page.substring(page.lastIndexOf("<span", at), page.indexOf("</span>", at));
    assertTrue(span.contains("data-page=\"2\""), span);
    assertTrue(span.contains("Fokusområdet välfärd och service"), span);
  }

  /** The report shows the strategy→plan comparison and the response table. */
  @Test
  void showsComparisonAndResponses(@TempDir Path dir) throws IOException {
    String index = read(ReportFixtures.write(dir));
    assertTrue(index.contains("Strategi för romsk inkludering (2018) → Handlingsplan för romsk inkludering (2025)"));
    assertTrue(index.contains("<td class=\"change moved\">moved</td>"), "moved duty");
    assertTrue(index.contains("Farsta stadsdelsnämnd"));
    assertEquals(1, index.split("id=\"responses\"").length - 1);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
