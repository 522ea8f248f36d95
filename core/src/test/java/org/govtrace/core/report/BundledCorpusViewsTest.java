package org.govtrace.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.govtrace.core.GovTrace;
import org.govtrace.core.query.Comparison;
import org.govtrace.core.query.Lineage;
import org.govtrace.core.query.LineageNode;
import org.govtrace.core.query.LinkKind;
import org.govtrace.core.query.LinkOrigin;
import org.govtrace.core.query.ResponseTable;
import org.govtrace.core.query.TraceMatrix;
import org.govtrace.core.query.TraceRequest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The views on the bundled sample corpus, indexed through the whole pipeline: lineage inferred without the
 * manifest, trace, compare, responses and the report, with their times printed. Skipped where the corpus
 * module's sample is absent.
 */
class BundledCorpusViewsTest {

  static final Path SAMPLE = Path.of("../corpus/src/main/resources/org/govtrace/corpus/sample");

  @Test
  void viewsWorkOnTheIndexedSampleCorpus(@TempDir Path dir) throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(SAMPLE), "the bundled sample corpus is absent: skipping");
    Path docs = Files.createDirectories(dir.resolve("docs"));
    try (Stream<Path> files = Files.list(SAMPLE)) {
      for (Path f : files.filter(p -> !p.getFileName().toString().equals("manifest.json")).toList()) {
        Files.copy(f, docs.resolve(f.getFileName()));
      }
    }
    try (GovTrace govtrace = GovTrace.builder().indexDirectory(dir.resolve("index")).build()) {
      govtrace.index(List.of(docs));
      long t0 = System.nanoTime();
      Lineage lineage = govtrace.lineage();
      long t1 = System.nanoTime();
      for (LineageNode n : lineage.nodes()) {
        System.out.printf("lineage %-45s %-18s %d -> %s%n", n.displayName(), n.role(), n.year(),
            lineage.linksFrom(n.id()).stream().map(l -> l.kind().code() + " " + lineage.node(l.to()).map(LineageNode::displayName).orElse(l.to()) + " (" + l.rule() + ")").toList());
      }
      String strategy = id(lineage, "strategi-romsk-inkludering-2018");
      String plan = id(lineage, "handlingsplan-romsk-inkludering-2025");
      assertTrue(lineage.linksFrom(plan).stream().anyMatch(l -> l.to().equals(strategy) && l.kind() != LinkKind.RESPONDS_TO && l.origin() == LinkOrigin.INFERRED),
          "the plan is linked to the strategy it replaces");
      for (LineageNode n : lineage.nodes()) {
        String file = n.source() == null ? "" : Path.of(n.source()).getFileName().toString();
        if (file.contains("remissvar")) {
          assertEquals(file.contains("2018") ? strategy : plan, lineage.answered(n.id()).orElse(null), file + " answers " + (file.contains("2018") ? "the strategy" : "the plan"));
        }
      }
      long t2 = System.nanoTime();
      TraceMatrix actors = govtrace.trace(TraceRequest.allActors());
      long t3 = System.nanoTime();
      Comparison comparison = govtrace.compare("strategi-romsk-inkludering-2018.pdf", "handlingsplan-romsk-inkludering-2025.docx");
      long t4 = System.nanoTime();
      ResponseTable responses = govtrace.responses("handlingsplan-romsk-inkludering-2025.docx");
      long t5 = System.nanoTime();
      comparison.reuse().forEach(p -> System.out.printf("reuse %.2f p%d/p%d %s | %s%n", p.similarity(), p.pageA(), p.pageB(),
          p.textA().substring(0, Math.min(80, p.textA().length())), p.textB().substring(0, Math.min(80, p.textB().length()))));
      Path index = govtrace.report(Path.of("target", "bundled-report"));
      long t6 = System.nanoTime();
      System.out.printf("bundled corpus: lineage %d ms, trace %d ms (%d actors), compare %d ms (%d goal changes, %d reused passages), responses %d ms (%d links), report %d ms%n",
          (t1 - t0) / 1_000_000, (t3 - t2) / 1_000_000, actors.rows().size(), (t4 - t3) / 1_000_000, comparison.goals().size(), comparison.reuse().size(),
          (t5 - t4) / 1_000_000, responses.links().size(), (t6 - t5) / 1_000_000);
      assertTrue(Files.size(index) > 10_000);
      assertTrue(responses.links().size() >= 5, "response sentences linked: " + responses.links().size());
    }
  }

  private static String id(Lineage lineage, String file) {
    return lineage.nodes().stream().filter(n -> n.source() != null && n.source().contains(file)).findFirst().orElseThrow().id();
  }
}
