package org.govtrace.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.govtrace.core.GovTrace;
import org.govtrace.core.query.Responsibility;
import org.govtrace.core.query.ResponsibilitiesRequest;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code govtrace responsibilities}: who is made responsible for what (ansvarsfördelning). */
@Command(name = "responsibilities", mixinStandardHelpOptions = true,
    description = "Lists responsibility assignments: actor, modality (ska, bör, föreslås, ansvarar …), duty and the sentence with its page.")
final class ResponsibilitiesCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin IndexOptions options;

  @Option(names = "--actor", paramLabel = "A", description = "Only actors whose name contains A (any case).")
  String actor;

  @Option(names = "--document", paramLabel = "D", description = "Only document D: an id prefix, a file name or title words.")
  String document;

  @ArgGroup(exclusive = true)
  SearchCommand.Format format = new SearchCommand.Format();

  @Override
  public Integer call() {
    List<Responsibility> rows;
    try (GovTrace govtrace = options.open()) {
      rows = govtrace.responsibilities(new ResponsibilitiesRequest(actor, document));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.json) {
      new JsonOutput().write(out, rows);
    } else if (format.csv) {
      List<List<String>> csv = new ArrayList<>();
      for (Responsibility r : rows) {
        csv.add(Arrays.asList(r.actor(), r.modality(), r.duty(), r.issuingBody(), r.documentId(), r.title(),
            Integer.toString(r.evidence().page()), r.evidence().section(), r.evidence().sentence()));
      }
      new CsvOutput().write(out, List.of("actor", "modality", "duty", "issuing_body", "document_id", "title", "page",
          "section", "sentence"), csv);
    } else {
      out.println(rows.size() + " responsibilit" + (rows.size() == 1 ? "y" : "ies") + ".");
      String lastDocument = null;
      for (Responsibility r : rows) {
        if (!r.documentId().equals(lastDocument)) {
          out.println();
          out.println(Text.orDash(r.title()) + " — " + Text.orDash(r.issuingBody()) + " [" + Text.shortId(r.documentId()) + "]");
          lastDocument = r.documentId();
        }
        out.printf("  %s (%s): %s%n      p. %d  %s%n", Text.orDash(r.actor()), Text.orDash(r.modality()), Text.orDash(r.duty()),
            r.evidence().page(), r.evidence().sentence());
      }
      out.flush();
    }
    return ExitCodes.OK;
  }
}
