package org.govtrace.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.govtrace.core.model.Evidence;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.query.ConceptRelation;
import org.govtrace.core.query.TraceMatrix;
import org.govtrace.core.query.TraceRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code govtrace trace}: concepts or actors across the documents, in lineage order. */
@Command(
    name = "trace",
    header = "Trace concepts or actors across the documents, in lineage order.",
    description = {
      "Prints a matrix of concepts (rights areas, focus areas, target groups; or the --kind asked for) or actors against the"
          + " documents: strategy, plan, then the responses grouped by what they answer. Each cell counts the findings;"
          + " --evidence, --json and --csv give the sentences with their pages.",
      "A concept asked for by name also brings the concepts the thesaurus relates to it in other versions."
    })
public final class TraceCommand implements Callable<Integer> {

  @Mixin CorpusViewOptions options = new CorpusViewOptions();

  @Option(names = "--concept", paramLabel = "<concept>", description = "Only this concept (label or words), with its related concepts.")
  String concept;

  @Option(names = "--actor", paramLabel = "<actor>", description = "An actor trace of this actor: its duties per document.")
  String actor;

  @Option(names = "--actors", description = "An actor trace of every actor.")
  boolean actors;

  @Option(names = "--kind", paramLabel = "<kind>", description = "Only findings of this kind: ${COMPLETION-CANDIDATES}.")
  FindingKind kind;

  @Option(names = "--family", paramLabel = "<family>", description = "Only the documents of this strategy line (words of its name).")
  String family;

  @Option(names = "--evidence", description = "List each cell's evidence sentences below the table.")
  boolean evidence;

  @CommandLine.ArgGroup(exclusive = true)
  Format format = new Format();

  static final class Format {
    @Option(names = "--json", description = "Print the matrix as JSON.")
    boolean json;

    @Option(names = "--csv", description = "Print one CSV line per cell and evidence sentence.")
    boolean csv;
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return options.run(spec, (govtrace, out) -> {
      TraceMatrix matrix = govtrace.trace(new TraceRequest(actors || actor != null, concept, actor, kind, family));
      if (format.json) {
        CorpusViewOptions.printJson(out, matrix);
      } else if (format.csv) {
        printCsv(out, matrix);
      } else {
        printTable(out, matrix);
      }
    });
  }

  private void printTable(PrintWriter out, TraceMatrix matrix) {
    List<TraceMatrix.Column> columns = matrix.columns();
    String[] header = new String[columns.size() + 1];
    header[0] = actors || actor != null ? "actor" : "concept";
    for (int i = 0; i < columns.size(); i++) {
      header[i + 1] = "D" + (i + 1);
    }
    CorpusViewOptions.Table table = new CorpusViewOptions.Table(40, header);
    for (TraceMatrix.Row row : matrix.rows()) {
      Object[] cells = new Object[columns.size() + 1];
      cells[0] = row.label();
      for (int i = 0; i < columns.size(); i++) {
        int count = row.cells().get(i).count();
        cells[i + 1] = count == 0 ? "." : count;
      }
      table.add(cells);
    }
    table.print(out);
    out.println();
    for (int i = 0; i < columns.size(); i++) {
      out.printf("D%d  %s [%s]%n", i + 1, columns.get(i).name(), columns.get(i).role());
    }
    matrix.rows().stream().flatMap(r -> r.relations().stream()).distinct().forEach(r -> printRelation(out, r));
    if (evidence) {
      out.println();
      for (TraceMatrix.Row row : matrix.rows()) {
        for (int i = 0; i < columns.size(); i++) {
          TraceMatrix.Cell cell = row.cells().get(i);
          for (int k = 0; k < cell.evidence().size(); k++) {
            Evidence e = cell.evidence().get(k);
            out.printf("%s | D%d p.%d | %s%n", row.label(), i + 1, e.page(), e.sentence().replaceAll("\\s+", " "));
          }
        }
      }
    }
  }

  private static void printRelation(PrintWriter out, ConceptRelation r) {
    out.printf("relation: %s —%s→ %s%n", r.from(), r.relation(), r.to());
  }

  private static void printCsv(PrintWriter out, TraceMatrix matrix) {
    List<List<String>> rows = new ArrayList<>();
    for (TraceMatrix.Row row : matrix.rows()) {
      for (int i = 0; i < matrix.columns().size(); i++) {
        TraceMatrix.Column column = matrix.columns().get(i);
        TraceMatrix.Cell cell = row.cells().get(i);
        if (cell.count() == 0) {
          continue;
        }
        for (int k = 0; k < Math.max(1, cell.evidence().size()); k++) {
          Evidence e = k < cell.evidence().size() ? cell.evidence().get(k) : null;
          rows.add(Arrays.asList(row.label(), row.kind().name().toLowerCase(Locale.ROOT), column.documentId(), column.name(), column.role(),
              String.valueOf(cell.count()), e == null ? "" : String.valueOf(e.page()), e == null ? "" : e.sentence(),
              k < cell.details().size() ? cell.details().get(k) : ""));
        }
      }
    }
    new CsvOutput().write(out, List.of("label", "kind", "document_id", "document", "role", "count", "page", "sentence",
        "detail"), rows);
  }
}
