package org.govtrace.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.govtrace.core.GovTrace;
import org.govtrace.core.query.DocumentSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code govtrace documents}: the indexed documents with the ids and names other commands accept. */
@Command(name = "documents", mixinStandardHelpOptions = true,
    description = "Lists the indexed documents: id, type, year, issuing body, title and file.")
final class DocumentsCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin IndexOptions options;

  @Option(names = "--json", description = "Print the documents as JSON.")
  boolean json;

  @Override
  public Integer call() {
    List<DocumentSummary> documents;
    try (GovTrace govtrace = options.open()) {
      documents = govtrace.documents();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      new JsonOutput().write(out, documents);
      return ExitCodes.OK;
    }
    out.println(documents.size() + " document" + (documents.size() == 1 ? "" : "s") + " in " + options.indexDirectory());
    for (DocumentSummary doc : documents) {
      out.printf("%s  %-17s %4s  %-28s %s%n      %s%n", Text.shortId(doc.id()), doc.type(), doc.year() == 0 ? "" : doc.year(),
          Text.orDash(doc.issuingBody()), Text.orDash(doc.title()), doc.source());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
