package org.govtrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.govtrace.core.GovTrace;
import org.govtrace.core.GovTraceException;
import org.govtrace.core.query.FileStatus;
import org.govtrace.core.query.IndexReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code govtrace bench}: writes a generated corpus, then times extraction alone and the full index run over the
 * same files, and reports files per second, their ratio and the peak heap of each phase.
 */
@Command(
    name = "bench",
    header = "Time extraction and indexing on a generated corpus.",
    description = {
      "Writes N generated referral responses (PDF, DOCX, ODT, HTML and text by turns) to a temporary folder,",
      "extracts them all with Tika alone, then indexes the same files with the full pipeline into a temporary",
      "index, and prints files per second for each phase, their ratio and the peak heap. Nothing is kept."
    },
    mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {

  private static final int WARM_UP_FILES = 25;

  @Spec CommandSpec spec;

  @Option(names = {"-n", "--documents"}, paramLabel = "<n>", defaultValue = "1000", showDefaultValue = Visibility.ALWAYS,
      description = "How many documents to generate.")
  int documents;

  @Option(names = "--seed", paramLabel = "<seed>", defaultValue = "2025", showDefaultValue = Visibility.ALWAYS,
      description = "Seed of the generator: the same seed writes the same files.")
  long seed;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (documents < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--documents must be at least 1, got " + documents + ".");
    }
    Path work = Files.createTempDirectory("govtrace-bench");
    try {
      List<Path> files = new SyntheticCorpus(seed).write(work.resolve("corpus"), documents);
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("documents", documents);
      figures.put("corpus_bytes", sizeOf(files));
      try (GovTrace govtrace = GovTrace.builder().indexDirectory(work.resolve("index")).thesaurus(AnalyzeCommand.thesaurus(null)).build()) {
        warmUp(govtrace, files);
        resetPeakHeap();
        long start = System.nanoTime();
        int extracted = 0;
        for (Path file : files) {
          try {
            govtrace.extractText(file);
            extracted++;
          } catch (GovTraceException e) {
            spec.commandLine().getErr().println(e.getMessage());
          }
        }
        double extractSeconds = seconds(start);
        figures.put("extract_files_per_second", round(extracted / extractSeconds));
        figures.put("extract_seconds", round(extractSeconds));
        figures.put("extract_peak_heap_mb", peakHeapMegabytes());

        resetPeakHeap();
        start = System.nanoTime();
        IndexReport report = govtrace.index(List.of(work.resolve("corpus")));
        double indexSeconds = seconds(start);
        long indexed = report.count(FileStatus.INDEXED);
        figures.put("index_files_per_second", round(indexed / indexSeconds));
        figures.put("index_seconds", round(indexSeconds));
        figures.put("index_peak_heap_mb", peakHeapMegabytes());
        figures.put("index_failed_files", report.count(FileStatus.FAILED));
        figures.put("extract_to_index_ratio", round((extracted / extractSeconds) / (indexed / indexSeconds)));
      }
      print(figures);
      return 0;
    } finally {
      deleteRecursively(work);
    }
  }

  private void print(Map<String, Object> figures) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(figures));
    } else {
      figures.forEach((name, value) -> out.printf(Locale.ROOT, "%-26s %s%n", name, value));
    }
    out.flush();
  }

  /** Runs the whole pipeline on a few files first, so both timed phases start with loaded models and a warm JIT. */
  private void warmUp(GovTrace govtrace, List<Path> files) {
    for (Path file : files.subList(0, Math.min(files.size(), WARM_UP_FILES))) {
      try {
        govtrace.analyze(file);
      } catch (GovTraceException e) {
        spec.commandLine().getErr().println(e.getMessage());
      }
    }
  }

  private static void resetPeakHeap() {
    System.gc();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one moment of the phase. */
  private static long peakHeapMegabytes() {
    return heapPools().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
  }

  private static Stream<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP);
  }

  private static double seconds(long startNanos) {
    return Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static long sizeOf(List<Path> files) throws IOException {
    long bytes = 0;
    for (Path file : files) {
      bytes += Files.size(file);
    }
    return bytes;
  }

  private static void deleteRecursively(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete the benchmark's temporary folder " + root, e);
    }
  }
}
