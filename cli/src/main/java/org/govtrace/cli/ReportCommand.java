package org.govtrace.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code govtrace report --out DIR}: the static HTML report of the indexed corpus. */
@Command(
    name = "report",
    header = "Write a static HTML report of the corpus that opens in any browser.",
    description = {
      "Writes index.html and one page per document into DIR: the corpus and its lineage, resource concerns by board,"
          + " trace matrices, the comparison of each strategy→plan pair, the response tables and keyness. Every cell links"
          + " to its evidence sentence, highlighted, with its page. No server or network is needed: open DIR/index.html."
    })
public final class ReportCommand implements Callable<Integer> {

  @Mixin CorpusViewOptions options = new CorpusViewOptions();

  @Option(names = "--out", paramLabel = "<dir>", required = true, description = "The folder to write the report into (created if missing).")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return options.run(spec, (govtrace, printer) -> {
      Path index = govtrace.report(out);
      printer.println("Report written: " + index.toAbsolutePath().toUri());
    });
  }
}
