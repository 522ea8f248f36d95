package org.govtrace.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.govtrace.core.GovTrace;
import org.govtrace.core.query.TraceRequest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Times lineage, trace and the report on the benchmark's generated corpus and prints the peak heap. Off by
 * default (indexing a thousand files takes minutes): {@code -Dgovtrace.scale=1000} turns it on.
 */
class ViewsAtScaleTest {

  @Test
  void timesTheViewsOnAGeneratedCorpus(@TempDir Path dir) throws Exception {
    int documents = Integer.getInteger("govtrace.scale", 0);
    Assumptions.assumeTrue(documents > 0, "set -Dgovtrace.scale=1000 to time the views on a generated corpus");
    List<Path> files = new SyntheticCorpus(2025).write(dir.resolve("corpus"), documents);
    try (GovTrace govtrace = GovTrace.builder().indexDirectory(dir.resolve("index")).build()) {
      long start = System.nanoTime();
      govtrace.index(List.of(dir.resolve("corpus")));
      System.out.printf("scale: indexed %d files in %.1f s%n", files.size(), (System.nanoTime() - start) / 1e9);
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      start = System.nanoTime();
      int nodes = govtrace.lineage().nodes().size();
      double lineage = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      int actors = govtrace.trace(TraceRequest.allActors()).rows().size();
      double trace = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      Path index = govtrace.report(dir.resolve("report"));
      double report = (System.nanoTime() - start) / 1e9;
      long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .mapToLong(p -> p.getPeakUsage().getUsed())
          .sum();
      long bytes;
      try (var walk = Files.walk(dir.resolve("report"))) {
        bytes = walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
      }
      System.out.printf("scale: %d documents: lineage %.2f s (%d nodes), actor trace %.2f s (%d rows), report %.2f s (%.1f MB), peak heap of the views %d MB%n",
          files.size(), lineage, nodes, trace, actors, report, bytes / 1e6, peak / (1024 * 1024));
      assertTrue(Files.size(index) > 0);
    }
  }
}
