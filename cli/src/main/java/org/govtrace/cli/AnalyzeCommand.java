package org.govtrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.govtrace.core.GovTrace;
import org.govtrace.core.Thesaurus;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.Finding;
import org.govtrace.core.model.FindingKind;
import org.govtrace.corpus.StockholmThesaurus;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code govtrace analyze}: analyses one file or a text without indexing and prints the findings. */
@Command(
    name = "analyze",
    header = "Analyse one file or a text without indexing it and print the findings.",
    description = "Prints every responsibility, goal, area, target group, resource concern, proposal and non-neutral "
        + "stance with the page and sentence it rests on, and the author's overall stance.")
public final class AnalyzeCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  Input input;

  static final class Input {
    @Parameters(paramLabel = "FILE", description = "The document to analyse (PDF, DOCX, ODT, HTML, text …).")
    Path file;

    @Option(names = "--text", paramLabel = "TEXT", description = "Analyse this Swedish text instead of a file.")
    String text;
  }

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Option(names = "--csv", description = "Print CSV (UTF-8 with BOM, semicolons) for Swedish Excel instead of a table.")
  boolean csv;

  @Option(names = "--thesaurus", paramLabel = "FILE", description = "A thesaurus JSON that extends the bundled one, or replaces it when its mode is \"replace\".")
  Path thesaurus;

  @Override
  public Integer call() throws Exception {
    try (GovTrace govtrace = GovTrace.builder().thesaurus(thesaurus(thesaurus)).build()) {
      AnalyzedDocument document = input.file != null ? govtrace.analyze(input.file) : govtrace.analyzeText(input.text);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(asJson(document)));
      } else if (csv) {
        printCsv(document, out);
      } else {
        printTable(document, out);
      }
      out.flush();
      return 0;
    }
  }

  /** The bundled Stockholm thesaurus, extended or replaced by the user's file when one is given. */
  static Thesaurus thesaurus(Path file) {
    if (file == null) {
      return StockholmThesaurus.load();
    }
    Thesaurus user = Thesaurus.load(file);
    return Thesaurus.replacesDefault(file) ? user : StockholmThesaurus.load().extendedBy(user);
  }

  private static List<Finding> shown(AnalyzedDocument document) {
    return document.findings().stream().filter(f -> f.kind() != FindingKind.STANCE || !"neutral".equals(f.label())).toList();
  }

  private static void printTable(AnalyzedDocument document, PrintWriter out) {
    out.printf("%s  stance: %s  findings: %d%n", document.source(), document.stance().code(), shown(document).size());
    out.printf("%-17s %-28s %-18s %-34s %4s  %s%n", "KIND", "ACTOR", "MODALITY", "LABEL", "PAGE", "SENTENCE");
    for (Finding f : shown(document)) {
      out.printf("%-17s %-28s %-18s %-34s %4d  %s%n", f.kind().name().toLowerCase(java.util.Locale.ROOT), cut(f.actor(), 28),
          cut(f.modality(), 18), cut(f.kind() == FindingKind.RESPONSIBILITY ? f.text() : f.label(), 34), f.evidence().page(),
          cut(f.evidence().sentence(), 120));
    }
  }

  private static void printCsv(AnalyzedDocument document, PrintWriter out) {
    out.print('\uFEFF');
    out.print(csvRow(List.of("kind", "actor", "modality", "label", "text", "rule", "section", "page", "sentence")));
    for (Finding f : shown(document)) {
      out.print(csvRow(java.util.Arrays.asList(f.kind().name().toLowerCase(java.util.Locale.ROOT), f.actor(), f.modality(), f.label(), f.text(),
          f.rule(), f.evidence().section(), String.valueOf(f.evidence().page()), f.evidence().sentence())));
    }
  }

  /** One CSV line for Swedish Excel: semicolons, fields with a semicolon, quote or line break quoted, CRLF. */
  static String csvRow(List<String> fields) {
    StringBuilder row = new StringBuilder();
    for (String field : fields) {
      String value = field == null ? "" : field;
      if (!row.isEmpty()) {
        row.append(';');
      }
      row.append(value.matches("(?s).*[;\"\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
    }
    return row.append("\r\n").toString();
  }

  private static Map<String, Object> asJson(AnalyzedDocument document) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("source", document.source());
    root.put("id", document.id().value());
    root.put("stance", document.stance().code());
    List<Map<String, Object>> findings = new ArrayList<>();
    for (Finding f : shown(document)) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("kind", f.kind().name().toLowerCase(java.util.Locale.ROOT));
      item.put("label", f.label());
      item.put("actor", f.actor());
      item.put("modality", f.modality());
      item.put("text", f.text());
      item.put("rule", f.rule());
      item.put("section", f.evidence().section());
      item.put("page", f.evidence().page());
      item.put("start", f.evidence().span().start());
      item.put("end", f.evidence().span().end());
      item.put("sentence", f.evidence().sentence());
      findings.add(item);
    }
    root.put("findings", findings);
    return root;
  }

  private static String cut(String s, int width) {
    if (s == null) {
      return "-";
    }
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
