package org.govtrace.cli;

import java.io.PrintWriter;
import org.govtrace.core.model.FindingKind;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.govtrace.core.query.PlanPart;
import org.govtrace.core.query.ResponseLink;
import org.govtrace.core.query.ResponseTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code govtrace responses PLAN}: what each board said about each part of a plan. */
@Command(
    name = "responses",
    header = "Show what each response says about each part of a plan.",
    description = {
      "Links every response sentence that carries a stance, concern or proposal to the plan section, goal or area it"
          + " comments on (an explicit mention first, then a resembling goal or area, the part its paragraph began"
          + " with, a topic word such as ansvar or kostnad for the section on it, then lemma similarity) and prints"
          + " the board × plan part table"
          + " with stances and concerns, then the sentences a person can cite."
    })
public final class ResponsesCommand implements Callable<Integer> {

  @Mixin CorpusViewOptions options = new CorpusViewOptions();

  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan or strategy: file name, title words or id.")
  String plan;

  @CommandLine.ArgGroup(exclusive = true)
  Format format = new Format();

  static final class Format {
    @Option(names = "--json", description = "Print the parts, links and table as JSON.")
    boolean json;

    @Option(names = "--csv", description = "Print one CSV line per linked sentence.")
    boolean csv;
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return options.run(spec, (govtrace, out) -> {
      ResponseTable table = govtrace.responses(plan);
      if (format.json) {
        CorpusViewOptions.printJson(out, table);
      } else if (format.csv) {
        printCsv(out, table);
      } else {
        print(out, table);
      }
    });
  }

  private static void print(PrintWriter out, ResponseTable table) {
    Map<String, PlanPart> parts = table.parts().stream().collect(Collectors.toMap(PlanPart::id, p -> p, (x, y) -> x, java.util.LinkedHashMap::new));
    Set<String> boards = new LinkedHashSet<>();
    table.cells().forEach(c -> boards.add(c.board()));
    List<String> used = new ArrayList<>();
    parts.keySet().stream().filter(id -> table.cells().stream().anyMatch(c -> id.equals(c.partId()))).forEach(used::add);
    used.add(null);
    String[] header = new String[used.size() + 1];
    header[0] = "board";
    for (int i = 0; i < used.size(); i++) {
      header[i + 1] = used.get(i) == null ? "whole plan" : used.get(i);
    }
    CorpusViewOptions.Table grid = new CorpusViewOptions.Table(30, header);
    for (String board : boards) {
      Object[] row = new Object[used.size() + 1];
      row[0] = board;
      for (int i = 0; i < used.size(); i++) {
        String part = used.get(i);
        row[i + 1] = table.cells().stream()
            .filter(c -> c.board().equals(board) && java.util.Objects.equals(c.partId(), part))
            .findFirst()
            .map(c -> c.stances().entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))
                + (c.concerns() > 0 ? ", " + c.concerns() + " concern" : ""))
            .orElse(".");
      }
      grid.add(row);
    }
    out.println("Plan: " + (table.plan().title() != null ? table.plan().title() : table.plan().source()));
    out.println();
    grid.print(out);
    out.println();
    for (String id : used) {
      if (id != null) {
        out.printf("%s  %s%n", id, parts.get(id).label());
      }
    }
    out.println();
    CorpusViewOptions.Table sentences = new CorpusViewOptions.Table(90, "board", "part", "how", "stance", "concern", "page", "sentence");
    for (ResponseLink l : table.links()) {
      sentences.add(l.board(), l.partId() == null ? "whole plan" : l.partId(), l.method().code(), l.stance().code(), l.concern() ? "yes" : "",
          l.evidence().page(), l.evidence().sentence());
    }
    sentences.print(out);
  }

  private static void printCsv(PrintWriter out, ResponseTable table) {
    Map<String, PlanPart> parts = table.parts().stream().collect(Collectors.toMap(PlanPart::id, p -> p, (x, y) -> x));
    List<List<String>> rows = new ArrayList<>();
    for (ResponseLink l : table.links()) {
      PlanPart part = l.partId() == null ? null : parts.get(l.partId());
      rows.add(Arrays.asList(l.board(), l.documentId(), l.partId(), part == null ? "" : part.kind().code(),
          part == null ? "" : part.label(), l.method().code(), String.valueOf(l.score()), l.stance().code(),
          String.valueOf(l.concern()), String.valueOf(l.kinds().contains(FindingKind.PROPOSAL)),
          String.valueOf(l.evidence().page()), l.evidence().sentence()));
    }
    new CsvOutput().write(out, List.of("board", "document_id", "part_id", "part_kind", "part_label", "method", "score",
        "stance", "concern", "proposal", "page", "sentence"), rows);
  }

}
