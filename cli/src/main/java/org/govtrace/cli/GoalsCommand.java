package org.govtrace.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.govtrace.core.GovTrace;
import org.govtrace.core.query.Goal;
import org.govtrace.core.query.GoalsRequest;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code govtrace goals}: the goals (mål, resultatmål, delmål) the documents state. */
@Command(name = "goals", mixinStandardHelpOptions = true,
    description = "Lists the goals each document states, with the sentence and its page.")
final class GoalsCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin IndexOptions options;

  @Option(names = "--document", paramLabel = "D", description = "Only document D: an id prefix, a file name or title words.")
  String document;

  @ArgGroup(exclusive = true)
  SearchCommand.Format format = new SearchCommand.Format();

  @Override
  public Integer call() {
    List<Goal> rows;
    try (GovTrace govtrace = options.open()) {
      rows = govtrace.goals(new GoalsRequest(document));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.json) {
      new JsonOutput().write(out, rows);
    } else if (format.csv) {
      List<List<String>> csv = new ArrayList<>();
      for (Goal g : rows) {
        csv.add(Arrays.asList(g.label(), g.text(), g.issuingBody(), g.documentId(), g.title(),
            Integer.toString(g.evidence().page()), g.evidence().section(), g.evidence().sentence()));
      }
      new CsvOutput().write(out, List.of("label", "goal", "issuing_body", "document_id", "title", "page", "section", "sentence"), csv);
    } else {
      out.println(rows.size() + " goal" + (rows.size() == 1 ? "" : "s") + ".");
      String lastDocument = null;
      for (Goal g : rows) {
        if (!g.documentId().equals(lastDocument)) {
          out.println();
          out.println(Text.orDash(g.title()) + " — " + Text.orDash(g.issuingBody()) + " [" + Text.shortId(g.documentId()) + "]");
          lastDocument = g.documentId();
        }
        out.printf("  %s: %s%n      p. %d  %s%n", Text.orDash(g.label()), Text.orDash(g.text()), g.evidence().page(), g.evidence().sentence());
      }
      out.flush();
    }
    return ExitCodes.OK;
  }
}
