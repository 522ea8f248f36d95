package org.govtrace.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.govtrace.core.GovTrace;
import picocli.CommandLine;

/**
 * The options the corpus views share (lineage, trace, compare, responses, keyness, kwic, report): the index to
 * read, and how a command opens it, prints JSON and tables, and turns a user's error into one sentence.
 */
final class CorpusViewOptions {

  @CommandLine.Mixin IndexOptions index = new IndexOptions();

  /**
   * How a command opens the index: with the bundled thesaurus, whose relations between concepts of different
   * versions trace and compare show. Tests give it a corpus built in memory.
   */
  Function<Path, GovTrace> opener = dir -> GovTrace.builder().indexDirectory(dir).thesaurus(AnalyzeCommand.thesaurus(index.thesaurus)).build();

  /**
   * Runs {@code body} with an open facade. A user's error ({@link org.govtrace.core.GovTraceException}) goes
   * to the root command's {@link ErrorHandler}: one sentence and its exit code.
   */
  int run(CommandLine.Model.CommandSpec spec, Body body) {
    try (GovTrace govtrace = opener.apply(index.indexDirectory())) {
      body.run(govtrace, spec.commandLine().getOut());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }

  /** A command's work with the facade open. */
  interface Body {
    void run(GovTrace govtrace, PrintWriter out);
  }

  /** Writes a view's result as JSON, the same way every govtrace command does. */
  static void printJson(PrintWriter out, Object value) {
    new JsonOutput().write(out, value);
  }

  /** A plain text table for a terminal: columns padded to their widest cell, long cells cut with an ellipsis. */
  static final class Table {
    private final List<String[]> rows = new ArrayList<>();
    private final int maxWidth;

    Table(int maxWidth, String... header) {
      this.maxWidth = maxWidth;
      rows.add(header);
    }

    Table add(Object... cells) {
      String[] row = new String[cells.length];
      for (int i = 0; i < cells.length; i++) {
        row[i] = cells[i] == null ? "" : String.valueOf(cells[i]).replaceAll("\\s+", " ").trim();
      }
      rows.add(row);
      return this;
    }

    void print(PrintWriter out) {
      int columns = rows.get(0).length;
      int[] widths = new int[columns];
      for (String[] row : rows) {
        for (int i = 0; i < columns && i < row.length; i++) {
          widths[i] = Math.min(maxWidth, Math.max(widths[i], row[i].length()));
        }
      }
      for (int r = 0; r < rows.size(); r++) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < columns; i++) {
          String cell = i < rows.get(r).length ? rows.get(r)[i] : "";
          if (cell.length() > widths[i]) {
            cell = cell.substring(0, widths[i] - 1) + "…";
          }
          line.append(i == columns - 1 ? cell : String.format("%-" + widths[i] + "s  ", cell));
        }
        out.println(line.toString().stripTrailing());
        if (r == 0) {
          StringBuilder rule = new StringBuilder();
          for (int i = 0; i < columns; i++) {
            rule.append("-".repeat(widths[i])).append(i == columns - 1 ? "" : "  ");
          }
          out.println(rule);
        }
      }
    }
  }
}
