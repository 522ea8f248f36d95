package org.govtrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.govtrace.core.GovTrace;
import org.govtrace.core.query.ConcernModelReport;
import org.govtrace.core.query.Score;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code govtrace concern-train}: trains the resource-concern model that backs up the rules, and shows what it adds. */
@Command(
    name = "concern-train",
    mixinStandardHelpOptions = true,
    header = "Train the resource-concern model that backs up the rules.",
    description = "Reads passage gold files (*.jsonl, gold/FORMAT.md §2) and findings tables (*.tsv: sentence, "
        + "RESOURCE_CONCERN or !RESOURCE_CONCERN), chooses the model's settings by leave-one-file-out cross-validation, "
        + "prints the rules alone against the rules backed by the model on every held-out file, and writes the model.")
public final class ConcernTrainCommand implements Callable<Integer> {

  @Option(names = "--examples", required = true, paramLabel = "FILE", description = "A passage gold file or findings table. Repeatable.")
  List<Path> examples;

  @Option(names = "--fresh", paramLabel = "FILE", description = "One of the examples the rules were never tuned on; the settings are chosen on these, held out in turn, as on new text. Repeatable; without it the settings are those best for the model alone.")
  List<Path> fresh = new java.util.ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write concern-model.bin and concern-model.properties to.")
  Path out;

  @Option(names = "--threshold", paramLabel = "P", description = "With --l2-cost: train once with these settings (as in a model's concern-model.properties) instead of choosing them by cross-validation; a --fresh file is then one more example.")
  Double threshold;

  @Option(names = "--l2-cost", paramLabel = "C", description = "With --threshold: the regularisation to train once with.")
  Double l2Cost;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Option(names = "--thesaurus", paramLabel = "FILE", description = "A thesaurus JSON that extends the bundled one, or replaces it when its mode is \"replace\".")
  Path thesaurus;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if ((threshold == null) != (l2Cost == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Give --threshold and --l2-cost together (to train once with both), or neither (to choose them by cross-validation).");
    }
    List<Path> all = new java.util.ArrayList<>(examples);
    fresh.stream().filter(f -> !all.contains(f)).forEach(all::add);
    PrintWriter writer = spec.commandLine().getOut();
    ConcernModelReport report;
    try (GovTrace govtrace = GovTrace.builder().thesaurus(AnalyzeCommand.thesaurus(thesaurus)).build()) {
      if (threshold != null) {
        int sentences = govtrace.refitConcernModel(all, l2Cost, threshold, out);
        writer.printf(Locale.ROOT, "Trained once with threshold %.2f, L2 cost %s (no cross-validation) on %,d sentences. Wrote %s.%n",
            threshold, l2Cost, sentences, out);
        writer.flush();
        return 0;
      }
      report = govtrace.trainConcernModel(all, fresh, out);
    }
    if (json) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("threshold", report.threshold());
      root.put("l2Cost", report.l2Cost());
      root.put("passages", report.passages());
      root.put("sentences", report.sentences());
      root.put("rules", EvalCommand.asJson(report.rules()));
      root.put("model", EvalCommand.asJson(report.model()));
      root.put("combined", EvalCommand.asJson(report.combined()));
      List<Map<String, Object>> folds = new ArrayList<>();
      for (ConcernModelReport.Fold fold : report.folds()) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("examples", fold.examples());
        item.put("passages", fold.passages());
        item.put("rules", EvalCommand.asJson(fold.rules()));
        item.put("model", EvalCommand.asJson(fold.model()));
        item.put("combined", EvalCommand.asJson(fold.combined()));
        folds.add(item);
      }
      root.put("folds", folds);
      writer.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
    } else {
      writer.printf("Leave-one-file-out cross-validation, resource concern per passage: rules alone, model alone, rules backed by the model%n");
      writer.printf("  %-34s %8s  %-16s %-16s %-16s%n", "HELD-OUT FILE", "PASSAGES", "RULES P/R/F1", "MODEL P/R/F1", "BOTH P/R/F1");
      for (ConcernModelReport.Fold fold : report.folds()) {
        writer.printf("  %-34s %8d  %-16s %-16s %-16s%n", fold.examples(), fold.passages(), render(fold.rules()), render(fold.model()), render(fold.combined()));
      }
      writer.printf("  %-34s %8d  %-16s %-16s %-16s%n", "all", report.passages(), render(report.rules()), render(report.model()), render(report.combined()));
      writer.printf(Locale.ROOT, "Chosen: threshold %.2f, L2 cost %.1f; trained on %,d sentences. Wrote %s; copy both files to "
          + "core/src/main/resources/org/govtrace/core/analysis/ to ship them.%n", report.threshold(), report.l2Cost(), report.sentences(), out);
    }
    writer.flush();
    return 0;
  }

  private static String render(Score score) {
    return String.format(Locale.ROOT, "%.2f/%.2f/%.2f", score.precision(), score.recall(), score.f1());
  }
}
