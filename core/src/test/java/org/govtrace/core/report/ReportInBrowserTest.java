package org.govtrace.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report in headless Chromium: it loads from file:// without console errors, a click on a matrix cell
 * lands on the evidence sentence (highlighted, its page shown), and a document holding {@code <script>} shows
 * it as text. Leaves a screenshot in {@code target/report-screenshot.png}. Skipped where Chromium is absent.
 */
class ReportInBrowserTest {

  @Test
  void reportWorksInABrowser(@TempDir Path dir) throws Exception {
    Path chromium = HeadlessChromium.find();
    Assumptions.assumeTrue(chromium != null, "chromium is not installed (apt-get install -y chromium): skipping the browser check of the report");
    Path index = ReportFixtures.write(dir.resolve("report"));
    try (HeadlessChromium browser = new HeadlessChromium(chromium, dir.resolve("profile"))) {
      browser.navigate(index.toUri().toString());
      assertEquals("govtrace report", browser.evaluate("document.title"));
      browser.screenshot(Path.of("target", "report-screenshot.png"));

      browser.evaluate("(() => { const row = [...document.querySelectorAll('table.matrix tr')].find(r => r.textContent.startsWith('valfard-och-service')); row.querySelector('td.cell a').click(); return 'clicked'; })()");
      browser.await("Page.loadEventFired");
      String landed =
          browser.evaluate("(() => { const t = document.querySelector(':target'); return [location.hash, t.dataset.page, getComputedStyle(t).backgroundColor, t.textContent].join('|'); })()");
      String[] parts = landed.split("\\|", 4);
      assertTrue(parts[0].startsWith("#s-"), landed);
      assertEquals("2", parts[1], landed);
      assertEquals("rgb(255, 243, 176)", parts[2], "the evidence sentence is highlighted: " + landed);
      assertTrue(parts[3].startsWith("Fokusområdet välfärd och service"), landed);

      Path hostile;
      try (Stream<Path> files = Files.list(index.getParent())) {
        hostile = files.filter(p -> read(p).contains("Idrottsnämnden") && p.getFileName().toString().startsWith("doc-")).findFirst().orElseThrow();
      }
      browser.navigate(hostile.toUri().toString());
      assertEquals("undefined|true", browser.evaluate("typeof window.pwned + '|' + document.body.textContent.includes('" + ReportFixtures.SCRIPT + "')"));
      assertEquals("[]", browser.errors.toString(), "console errors");
    }
    assertTrue(Files.size(Path.of("target", "report-screenshot.png")) > 1000);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
