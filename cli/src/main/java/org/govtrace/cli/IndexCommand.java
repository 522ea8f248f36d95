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

  @Option(names = "--manifest", paramLabel = "FILE",
      description = "A manifest of the documents' roles and links (JSON), kept with the index for lineage and trace.")
  Path manifest;

  /** Where the bundled corpus is copied for the run; null for the system's temporary folder. */
  Path temporaryParent;

  @Override
  public Integer call() throws IOException {
    if (manifest != null && !Files.isRegularFile(manifest)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "The manifest " + manifest + " is not a readable file.");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IndexReport report;
    try (GovTrace govtrace = options.open();
        ProgressBar progress = new ProgressBar(err, CommandLine.Help.Ansi.AUTO.enabled())) {
      if (paths.isEmpty()) {
        report = indexSampleCorpus(govtrace, progress, temporaryParent, manifest == null);
      } else {
        report = govtrace.index(paths, progress);
      }
      if (manifest != null) {
        keepManifest(manifest);
      }
    }
    if (json) {
      new JsonOutput().write(out, report);
    } else {
      for (FileOutcome failed : report.files()) {
        if (failed.status() == FileStatus.FAILED) {
          err.println("failed: " + failed.source() + ": " + failed.reason());
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

  private IndexReport indexSampleCorpus(GovTrace govtrace, ProgressBar progress, Path parent, boolean withManifest)
      throws IOException {
    Path folder = parent == null ? Files.createTempDirectory("govtrace-sample-") : Files.createTempDirectory(parent, "govtrace-sample-");
    try {
      List<Path> documents = new SampleCorpus().copyTo(folder);
      IndexReport report = govtrace.index(documents, progress, file -> SAMPLE_SOURCE + folder.relativize(file));
      if (withManifest) {
        keepManifest(folder.resolve(SampleCorpus.MANIFEST));
      }
      return report;
    } finally {
      deleteRecursively(folder);
    }
  }

  /** Lineage and trace read the manifest from the index directory (see GovTrace.Builder#manifest). */
  private void keepManifest(Path file) throws IOException {
    Files.copy(file, options.indexDirectory().resolve("manifest.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
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
