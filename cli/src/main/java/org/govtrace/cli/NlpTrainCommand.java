package org.govtrace.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.govtrace.core.NlpTrainingResult;
import org.govtrace.core.SwedishModels;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code govtrace nlp-train}: trains the Swedish models from UD Swedish treebanks, reproducibly. */
@Command(
    name = "nlp-train",
    mixinStandardHelpOptions = true,
    description = "Trains the Swedish sentence, token, POS and lemma models from UD Swedish (Talbanken ud1-train + test + PUD; dev is never read).")
public final class NlpTrainCommand implements Callable<Integer> {

  @Option(names = "--ud", required = true, paramLabel = "DIR", description = "Directory holding the UD Swedish CoNLL-U files.")
  Path ud;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the model files to.")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    NlpTrainingResult result = SwedishModels.train(ud, out);
    PrintWriter writer = spec.commandLine().getOut();
    for (Map.Entry<String, Long> model : result.modelBytes().entrySet()) {
      writer.printf("%-20s %,10d bytes%n", model.getKey(), model.getValue());
    }
    writer.printf("Trained on %,d tagged tokens (%,d with lemmas) in %d s; copy the files to core/src/main/resources/org/govtrace/core/nlp/ to ship them.%n",
        result.posTrainingTokens(), result.lemmaTrainingTokens(), result.duration().toSeconds());
    return 0;
  }
}
