package org.govtrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.govtrace.core.GovTrace;
import org.govtrace.core.query.AlignmentReport;
import org.govtrace.core.query.AlignmentScore;
import org.govtrace.core.query.EvaluationReport;
import org.govtrace.core.query.FieldScore;
import org.govtrace.core.query.GoldDisagreement;
import org.govtrace.core.query.LinkEvaluation;
import org.govtrace.core.query.Score;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code govtrace eval}: scores the analysis against gold files, side by side with a keyword baseline. */
@Command(
    name = "eval",
    header = "Score the analysis against gold files, side by side with a keyword baseline.",
    description = "Reads document-level gold (a JSON array) or passage-level gold (JSON Lines) in the format of "
        + "gold/FORMAT.md and prints precision, recall and F1, or accuracy, per field for the analysis and for the "
        + "keyword baseline (resurs*, finansier*, budget*, medel, kostnad*; ansvar*).")
public final class EvalCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "A gold file: *.json (documents, a strategy→plan alignment with alignment_version, or response links with links_version) or *.jsonl (passages). Repeatable.")
  List<Path> gold;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Option(names = "--csv", description = "Print CSV (UTF-8 with BOM, semicolons) for Swedish Excel instead of a table.")
  boolean csv;

  @Option(names = "--errors", description = "Also list every passage or document field the analysis got wrong: the gold value or missed item, what the analysis said, and the text.")
  boolean errors;

  @Option(names = "--concern-model", paramLabel = "DIR", description = "A resource-concern model written by concern-train, instead of the bundled one.")
  Path concernModel;

  @Option(names = "--thesaurus", paramLabel = "FILE", description = "A thesaurus JSON that extends the bundled one, or replaces it when its mode is \"replace\".")
  Path thesaurus;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<EvaluationReport> reports = new ArrayList<>();
    Map<Path, AlignmentReport> alignments = new LinkedHashMap<>();
    Map<Path, LinkEvaluation> links = new LinkedHashMap<>();
    try (GovTrace govtrace = GovTrace.builder().thesaurus(AnalyzeCommand.thesaurus(thesaurus)).concernModel(concernModel).build()) {
      for (Path file : gold) {
        if (isAlignmentGold(file, "alignment_version")) {
          alignments.put(file, govtrace.evaluateAlignment(file));
        } else if (isAlignmentGold(file, "links_version")) {
          links.put(file, govtrace.evaluateLinks(file));
        } else {
          reports.add(govtrace.evaluate(file));
        }
      }
    }
    if (json) {
      List<Object> all = new ArrayList<>(reports.stream().map(report -> asJson(report, errors)).toList());
      alignments.forEach((file, report) -> all.add(asJson(file, report)));
      links.forEach((file, report) -> all.add(asJson(file, report)));
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(all));
    } else if (csv) {
      printCsv(reports, out);
    } else {
      reports.forEach(report -> printTable(report, errors, out));
      alignments.forEach((file, report) -> printTable(file, report, out));
      links.forEach((file, report) -> printTable(file, report, out));
    }
    out.flush();
    return 0;
  }

  private static void printTable(EvaluationReport report, boolean errors, PrintWriter out) {
    out.printf("%s  (%s: %d)%n", report.goldFile(), report.kind(), report.items());
    out.printf("  %-24s %-9s %-30s %-30s%n", "FIELD", "METRIC", "SYSTEM", "KEYWORD BASELINE");
    for (FieldScore field : report.fields()) {
      out.printf("  %-24s %-9s %-30s %-30s%n", field.field(), field.metric().equals("accuracy") ? "acc" : "P/R/F1",
          render(field.system()), field.baseline() == null ? "n/a" : render(field.baseline()));
    }
    if (errors) {
      out.printf("%n  %d disagreements (ITEM, FIELD, GOLD -> ANALYSIS):%n", report.disagreements().size());
      for (GoldDisagreement d : report.disagreements()) {
        out.printf("  %s  %s  %s -> %s%n", d.item(), d.field(), d.expected().isEmpty() ? "(none)" : d.expected(),
            d.predicted().isEmpty() ? "(none)" : d.predicted());
        if (report.kind().equals("passages")) {
          out.printf("      %s%n", d.text().replaceAll("\\s+", " "));
        }
      }
    }
    out.println();
  }

  /**
   * A strategy→plan alignment gold file (see corpus/MANIFEST-FORMAT.md) carries an {@code alignment_version}, a
   * response links gold a {@code links_version}.
   */
  private static boolean isAlignmentGold(Path file, String versionField) throws java.io.IOException {
    if (!file.toString().endsWith(".json")) {
      return false;
    }
    com.fasterxml.jackson.databind.JsonNode root = new ObjectMapper().readTree(file.toFile());
    return root.isObject() && root.has(versionField);
  }

  private static void printTable(Path file, LinkEvaluation report, PrintWriter out) {
    out.printf("%s  (response links: %d gold sentences, %d found by the analysis)%n", file, report.goldSentences(), report.voicedSentences());
    out.printf("  %-24s %-22s%n", "PART", "LINKS P/R/F1");
    for (String kind : List.of("goal", "area", "section")) {
      out.printf("  %-24s %-22s%n", kind, render(report.byKind().get(kind)));
    }
    out.printf("  %-24s %-22s%n", "all specific parts", render(report.links()));
    out.printf(Locale.ROOT, "  %-24s %.2f (%d/%d) left unlinked or linked to the plan as a whole%n", "plan as a whole", report.planShare(),
        report.planUnlinked(), report.planSentences());
    out.println();
  }

  private static Map<String, Object> asJson(Path file, LinkEvaluation report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("gold", file.toString());
    root.put("kind", "links");
    root.put("gold_sentences", report.goldSentences());
    root.put("voiced_sentences", report.voicedSentences());
    Map<String, Object> parts = new LinkedHashMap<>();
    for (String kind : List.of("goal", "area", "section")) {
      parts.put(kind, asJson(report.byKind().get(kind)));
    }
    parts.put("all", asJson(report.links()));
    root.put("links", parts);
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("share", round(report.planShare()));
    plan.put("unlinked", report.planUnlinked());
    plan.put("sentences", report.planSentences());
    root.put("plan_level", plan);
    return root;
  }

  private static Map<String, Object> asJson(AlignmentScore score) {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("precision", round(score.precision()));
    figures.put("recall", round(score.recall()));
    figures.put("f1", round(score.f1()));
    figures.put("matched", score.matched());
    figures.put("predicted", score.predicted());
    figures.put("gold", score.gold());
    return figures;
  }

  private static void printTable(Path file, AlignmentReport report, PrintWriter out) {
    out.printf("%s  (alignment)%n", file);
    out.printf("  %-24s %-22s %-22s%n", "PART", "ALIGNED PAIRS P/R/F1", "CHANGE LABELS P/R/F1");
    for (String part : report.pairs().keySet()) {
      out.printf("  %-24s %-22s %-22s%n", part, render(report.pairs().get(part)), render(report.labels().get(part)));
    }
    out.println();
  }

  private static String render(AlignmentScore score) {
    return String.format(Locale.ROOT, "%.2f/%.2f/%.2f (%d/%d/%d)", score.precision(), score.recall(), score.f1(),
        score.matched(), score.predicted(), score.gold());
  }

  private static Map<String, Object> asJson(Path file, AlignmentReport report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("gold", file.toString());
    root.put("kind", "alignment");
    for (String group : List.of("pairs", "labels")) {
      Map<String, Object> parts = new LinkedHashMap<>();
      (group.equals("pairs") ? report.pairs() : report.labels()).forEach((part, score) -> {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("precision", score.precision());
        figures.put("recall", score.recall());
        figures.put("f1", score.f1());
        figures.put("matched", score.matched());
        figures.put("predicted", score.predicted());
        figures.put("gold", score.gold());
        parts.put(part, figures);
      });
      root.put(group, parts);
    }
    return root;
  }

  private static void printCsv(List<EvaluationReport> reports, PrintWriter out) {
    out.print('\uFEFF');
    out.print(AnalyzeCommand.csvRow(List.of("gold", "field", "metric", "predictor", "precision", "recall", "f1", "accuracy", "tp", "fp", "fn", "correct", "total")));
    for (EvaluationReport report : reports) {
      for (FieldScore field : report.fields()) {
        csvScore(out, report, field, "system", field.system());
        if (field.baseline() != null) {
          csvScore(out, report, field, "baseline", field.baseline());
        }
      }
    }
  }

  private static void csvScore(PrintWriter out, EvaluationReport report, FieldScore field, String predictor, Score s) {
    // Swedish Excel reads a decimal comma.
    java.util.function.DoubleFunction<String> number = v -> Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v).replace('.', ',');
    boolean prf = !s.isAccuracy();
    out.print(AnalyzeCommand.csvRow(List.of(report.goldFile(), field.field(), field.metric(), predictor, prf ? number.apply(s.precision()) : "",
        prf ? number.apply(s.recall()) : "", prf ? number.apply(s.f1()) : "", number.apply(s.accuracy()), String.valueOf(s.truePositives()),
        String.valueOf(s.falsePositives()), String.valueOf(s.falseNegatives()), String.valueOf(s.correct()), String.valueOf(s.total()))));
  }

  private static String render(Score score) {
    if (score.isAccuracy()) {
      String text = String.format(Locale.ROOT, "%.2f (%d/%d)", score.accuracy(), score.correct(), score.total());
      return Double.isNaN(score.macroF1()) ? text : text + String.format(Locale.ROOT, " mF1 %.2f", score.macroF1());
    }
    String text = String.format(Locale.ROOT, "%.2f/%.2f/%.2f (%d/%d/%d)", score.precision(), score.recall(), score.f1(),
        score.truePositives(), score.falsePositives(), score.falseNegatives());
    return score.total() > 0 ? text + String.format(Locale.ROOT, " acc %.2f", score.accuracy()) : text;
  }

  private static Map<String, Object> asJson(EvaluationReport report, boolean errors) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("gold", report.goldFile());
    root.put("kind", report.kind());
    root.put("items", report.items());
    List<Map<String, Object>> fields = new ArrayList<>();
    for (FieldScore field : report.fields()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("field", field.field());
      item.put("metric", field.metric());
      item.put("system", asJson(field.system()));
      item.put("baseline", field.baseline() == null ? null : asJson(field.baseline()));
      fields.add(item);
    }
    root.put("fields", fields);
    if (errors) {
      root.put("disagreements", report.disagreements());
    }
    return root;
  }

  /** A score as the eval JSON shows it: precision, recall, F1 and the counts, or accuracy. */
  static Map<String, Object> asJson(Score score) {
    Map<String, Object> item = new LinkedHashMap<>();
    if (score.total() > 0) {
      item.put("accuracy", round(score.accuracy()));
      item.put("correct", score.correct());
      item.put("total", score.total());
    }
    if (!score.isAccuracy()) {
      item.put("precision", round(score.precision()));
      item.put("recall", round(score.recall()));
      item.put("f1", round(score.f1()));
      item.put("tp", score.truePositives());
      item.put("fp", score.falsePositives());
      item.put("fn", score.falseNegatives());
    }
    if (!Double.isNaN(score.macroF1())) {
      item.put("macro_f1", round(score.macroF1()));
    }
    return item;
  }

  private static double round(double value) {
    return Double.isNaN(value) ? value : Math.round(value * 10000) / 10000.0;
  }
}
