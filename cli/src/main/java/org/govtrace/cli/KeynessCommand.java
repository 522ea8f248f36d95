package org.govtrace.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.govtrace.core.query.KeynessRequest;
import org.govtrace.core.query.KeynessRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code govtrace keyness}: the words a board or group uses more (or less) than the rest of the corpus. */
@Command(
    name = "keyness",
    header = "Show the key words of a board or group against the rest of the corpus.",
    description = {
      "Compares the content-word lemmas of the target documents (every document matching --board, --role and --family)"
          + " with the rest by log-likelihood (G²), raw counts beside it. A negative G² marks a word the target uses less."
    })
public final class KeynessCommand implements Callable<Integer> {

  @Mixin CorpusViewOptions options = new CorpusViewOptions();

  @Option(names = "--board", paramLabel = "<board>", description = "Target: documents of this board (words of its name).")
  String board;

  @Option(names = "--role", paramLabel = "<role>", description = "Target: documents of this role, such as referral_response.")
  String role;

  @Option(names = "--family", paramLabel = "<family>", description = "Target: documents of this strategy line.")
  String family;

  @Option(names = "--limit", paramLabel = "<n>", defaultValue = "30", description = "The most words (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--min-count", paramLabel = "<n>", defaultValue = "2", description = "The fewest uses in the target (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(names = "--json", description = "Print the rows as JSON.")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return options.run(spec, (govtrace, out) -> {
      List<KeynessRow> rows = govtrace.keyness(new KeynessRequest(board, role, family, limit, minCount));
      if (json) {
        CorpusViewOptions.printJson(out, rows);
        return;
      }
      CorpusViewOptions.Table table = new CorpusViewOptions.Table(40, "term", "G2", "target", "reference", "per 10k target", "per 10k reference");
      for (KeynessRow r : rows) {
        table.add(r.term(), String.format(Locale.ROOT, "%.2f", r.logLikelihood()), r.targetCount(), r.referenceCount(),
            String.format(Locale.ROOT, "%.1f", 10000.0 * r.targetCount() / Math.max(1, r.targetTotal())),
            String.format(Locale.ROOT, "%.1f", 10000.0 * r.referenceCount() / Math.max(1, r.referenceTotal())));
      }
      table.print(out);
    });
  }
}
