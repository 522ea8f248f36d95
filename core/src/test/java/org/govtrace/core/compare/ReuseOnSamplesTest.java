package org.govtrace.core.compare;

import static org.govtrace.core.testdocs.TestDocuments.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.query.ReusedPassage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Reuse between the real sample documents in {@code ../shared/samples}; skipped where they are absent. */
class ReuseOnSamplesTest {

  static Path samples() {
    return Stream.of("../../shared/samples", "../../../shared/samples")
        .map(Path::of)
        .filter(Files::isDirectory)
        .findFirst()
        .orElse(null);
  }

  /** Every passage found lies in both texts, has enough matched words, and the figures are printed. */
  @Test
  void reportsReuseBetweenTheSamplePairs() throws IOException {
    Path dir = samples();
    Assumptions.assumeTrue(dir != null, "../shared/samples is absent: skipping the sample reuse figures");
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    Assumptions.assumeTrue(files.size() >= 2, "fewer than two sample texts");
    PassageAligner aligner = new PassageAligner();
    for (int i = 0; i < files.size(); i++) {
      for (int j = i + 1; j < files.size(); j++) {
        AnalyzedDocument a = document(files.get(i).getFileName().toString()).text(Files.readString(files.get(i))).build();
        AnalyzedDocument b = document(files.get(j).getFileName().toString()).text(Files.readString(files.get(j))).build();
        List<ReusedPassage> found = aligner.align(a, b);
        int words = found.stream().mapToInt(ReusedPassage::matchedWords).sum();
        System.out.printf("samples reuse: %s vs %s: passages=%d matchedWords=%d%n", a.source(), b.source(), found.size(), words);
        for (ReusedPassage p : found) {
          System.out.printf("  sim=%.2f p%d/p%d \"%s\"%n", p.similarity(), p.pageA(), p.pageB(), p.textB().substring(0, Math.min(90, p.textB().length())));
          assertTrue(p.matchedWords() >= PassageAligner.Settings.DEFAULT.minMatchedWords());
          assertEquals(p.spanA().of(a.text().text()).replaceAll("\\s+", " ").trim(), p.textA());
          assertEquals(p.spanB().of(b.text().text()).replaceAll("\\s+", " ").trim(), p.textB());
        }
      }
    }
  }
}
