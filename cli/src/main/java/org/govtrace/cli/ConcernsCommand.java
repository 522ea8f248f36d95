package org.govtrace.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.govtrace.core.GovTrace;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.query.BoardConcern;
import org.govtrace.core.query.ConcernsRequest;
import org.govtrace.core.query.ConcernsResult;
import org.govtrace.core.query.EvidenceLine;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code govtrace concerns}: which boards raised a concern, with the sentences that say so. */
@Command(name = "concerns", mixinStandardHelpOptions = true,
    description = {
      "Lists the boards that raised a concern (resource concerns: need or lack of money, staff, time), each with",
      "document, date and the evidence sentences with pages, and the responding boards that did not raise it."
    })
final class ConcernsCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin IndexOptions options;

  @Option(names = "--kind", paramLabel = "KIND", defaultValue = "resources", description = "The kind of concern: resources (default).")
  String kind;

  @Option(names = "--responds-to", paramLabel = "TITLE", description = "Only responses to the document with this title (words, Swedish stemming).")
  String respondsTo;

  @ArgGroup(exclusive = true)
  SearchCommand.Format format = new SearchCommand.Format();

  @Override
  public Integer call() {
    if (!kind.equalsIgnoreCase("resources")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Unknown concern kind '" + kind + "'; use: resources.");
    }
    ConcernsResult result;
    try (GovTrace govtrace = options.open()) {
      result = govtrace.concerns(new ConcernsRequest(FindingKind.RESOURCE_CONCERN, respondsTo));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.json) {
      new JsonOutput().write(out, result);
    } else if (format.csv) {
      List<List<String>> rows = new ArrayList<>();
      for (BoardConcern board : result.raised()) {
        for (EvidenceLine line : board.evidence()) {
          rows.add(row(board, "yes", line));
        }
      }
      for (BoardConcern board : result.notRaised()) {
        rows.add(row(board, "no", null));
      }
      new CsvOutput().write(out, List.of("board", "raised", "document_id", "title", "source", "date", "page", "section",
          "sentence"), rows);
    } else {
      printText(out, result);
    }
    return ExitCodes.OK;
  }

  private static List<String> row(BoardConcern board, String raised, EvidenceLine line) {
    return Arrays.asList(board.board(), raised, board.documentId(), board.title(), board.source(),
        board.date() == null ? null : board.date().toString(),
        line == null ? null : Integer.toString(line.page()), line == null ? null : line.section(),
        line == null ? null : line.sentence());
  }

  private void printText(PrintWriter out, ConcernsResult result) {
    String scope = result.respondsTo() == null ? "" : " in responses to " + Text.quoted(result.respondsTo());
    out.println("Resource concerns" + scope + ": raised by " + result.raised().size() + ", not raised by "
        + result.notRaised().size() + ".");
    for (BoardConcern board : result.raised()) {
      out.println();
      out.println(board.board() + " — " + Text.orDash(board.title()) + " (" + Text.date(board.date()) + ") ["
          + Text.shortId(board.documentId()) + "]");
      for (EvidenceLine line : board.evidence()) {
        out.printf("  p. %d  %s%n", line.page(), line.sentence());
      }
    }
    if (!result.notRaised().isEmpty()) {
      out.println();
      out.println("Responded without raising it:");
      for (BoardConcern board : result.notRaised()) {
        out.println("  " + board.board() + " — " + Text.orDash(board.title()) + " (" + Text.date(board.date()) + ") ["
            + Text.shortId(board.documentId()) + "]");
      }
    }
    out.flush();
  }
}
