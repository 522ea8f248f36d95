package org.govtrace.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.govtrace.core.GovTrace;
import org.govtrace.core.query.CorpusStats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code govtrace stats}: what the index holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Counts the indexed documents (by type, issuing body and year), sentences, and findings by kind.")
final class StatsCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin IndexOptions options;

  @Option(names = "--json", description = "Print the counts as JSON.")
  boolean json;

  @Override
  public Integer call() {
    CorpusStats stats;
    try (GovTrace govtrace = options.open()) {
      stats = govtrace.stats();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      new JsonOutput().write(out, stats);
      return ExitCodes.OK;
    }
    out.println("Index:      " + options.indexDirectory());
    out.println("Documents:  " + stats.documents());
    out.println("Sentences:  " + stats.sentences());
    out.println("By type:    " + join(stats.documentsByType()));
    out.println("By body:    " + join(stats.documentsByBody()));
    out.println("By year:    " + join(stats.documentsByYear()));
    out.println("Findings:   " + join(stats.findingsByKind()));
    out.flush();
    return ExitCodes.OK;
  }

  private static String join(Map<String, Long> counts) {
    return counts.isEmpty() ? "–" : counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
  }
}
