package org.govtrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.govtrace.core.GovTrace;
import org.govtrace.core.query.FileOutcome;
import org.govtrace.core.query.FileStatus;
import org.govtrace.core.query.IndexReport;
import org.govtrace.corpus.SampleCorpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code govtrace index}: indexes files and folders incrementally, or the bundled sample corpus. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Indexes governance documents (PDF, DOCX, DOC, ODT, RTF, HTML, PPTX, TXT) for search and analysis.",
      "Unchanged files are skipped, changed ones replaced. Without PATH, indexes the bundled sample corpus."
    })
final class IndexCommand implements Callable<Integer> {

  /** The source names the bundled documents are recorded under, so re-running replaces rather than adds. */
  static final String SAMPLE_SOURCE = "govtrace-sample-corpus/";

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin IndexOptions options;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files and folders to index (folders are walked).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--json", description = "Print the outcome of every file as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IndexReport report;
    try (GovTrace govtrace = GovTrace.builder().indexDirectory(options.indexDirectory()).build();
        ProgressBar progress = new ProgressBar(err, CommandLine.Help.Ansi.AUTO.enabled())) {
      if (paths.isEmpty()) {
        report = indexSampleCorpus(govtrace, progress);
      } else {
        report = govtrace.index(paths, progress);
      }
    }
    if (json) {
      new JsonOutput().write(out, report);
    } else {
      for (FileOutcome failed : report.files()) {
        if (failed.status() == FileStatus.FAILED) {
          err.println("failed: " + failed.file() + ": " + failed.reason());
        }
      }
      long files = report.files().size() - report.count(FileStatus.REMOVED);
      out.printf("Indexed %d file%s into %s in %.1f s: %d indexed, %d unchanged, %d replaced, %d failed, %d removed.%n",
          files, files == 1 ? "" : "s", options.indexDirectory(),
          report.elapsed().toMillis() / 1000.0, report.count(FileStatus.INDEXED), report.count(FileStatus.UNCHANGED),
          report.count(FileStatus.REPLACED), report.count(FileStatus.FAILED), report.count(FileStatus.REMOVED));
    }
    out.flush();
    err.flush();
    return report.hasFailures() ? ExitCodes.FILES_FAILED : ExitCodes.OK;
  }

  private static IndexReport indexSampleCorpus(GovTrace govtrace, ProgressBar progress) throws IOException {
    Path folder = Files.createTempDirectory("govtrace-sample-");
    try {
      List<Path> documents = new SampleCorpus().copyTo(folder);
      return govtrace.index(documents, progress, file -> SAMPLE_SOURCE + folder.relativize(file));
    } finally {
      deleteRecursively(folder);
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
