package org.govtrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.govtrace.core.NlpEvaluationResult;
import org.govtrace.core.SwedishModels;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code govtrace nlp-eval}: scores the Swedish models on Talbanken dev and on our municipal gold set. */
@Command(
    name = "nlp-eval",
    mixinStandardHelpOptions = true,
    description = "Scores the Swedish NLP stage (sentences, tokens, UPOS, lemmas, speed) on held-out UD data and the bundled municipal gold set.")
public final class NlpEvalCommand implements Callable<Integer> {

  @Option(names = "--ud", required = true, paramLabel = "DIR", description = "UD Swedish directory (its *-dev.conllu files are scored) or one CoNLL-U file.")
  Path ud;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  @Option(names = "--beam", defaultValue = "1", paramLabel = "N", description = "Tagger beam width; 1 (greedy) is the default and fastest.")
  int beam;

  @Option(names = "--models", paramLabel = "DIR", description = "Score models from an nlp-train output directory instead of the bundled ones.")
  Path models;

  @Option(names = "--no-speed", description = "Skip the throughput measurement (about 25 s).")
  boolean noSpeed;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    SwedishModels swedish = (models == null ? SwedishModels.bundled() : SwedishModels.fromDirectory(models)).withBeamSize(beam);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    NlpEvaluationResult dev = swedish.evaluate(ud, !noSpeed, threads::getCurrentThreadCpuTime,
        ManagementFactory.getOperatingSystemMXBean()::getSystemLoadAverage);
    NlpEvaluationResult gold = swedish.evaluateMunicipalGold();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode root = mapper.valueToTree(dev);
      root.set("municipal_gold", mapper.valueToTree(gold));
      out.println(mapper.writeValueAsString(root));
    } else {
      out.println("Model " + dev.modelFingerprint() + ", tagger beam " + dev.beamSize());
      out.printf(Locale.ROOT, "%-22s %14s %14s %8s%n", "figure", "talbanken-dev", "municipal-gold", "target");
      row(out, "upos_accuracy", dev.uposAccuracy(), gold.uposAccuracy(), "0.955");
      row(out, "lemma_accuracy", dev.lemmaAccuracy(), gold.lemmaAccuracy(), "0.950");
      row(out, "sentence_f1", dev.sentenceF1(), gold.sentenceF1(), "0.950");
      row(out, "token_accuracy", dev.tokenAccuracy(), gold.tokenAccuracy(), "0.995");
      row(out, "upos_accuracy_raw_text", dev.uposAccuracyRawText(), gold.uposAccuracyRawText(), "");
      out.printf(Locale.ROOT, "%-22s %14.0f %14s %8s%n", "tokens_per_second", dev.tokensPerSecond(), "", "30000");
      out.printf(Locale.ROOT, "%-22s %14.0f %14s %8s%n", "tokens_per_second_2_threads", dev.tokensPerSecond2Threads(), "",
          "1.8x");
      out.printf(Locale.ROOT, "%-22s %14.0f %14s %8s%n", "tokens_per_cpu_second", dev.tokensPerCpuSecond(), "", "");
      out.printf(Locale.ROOT, "%-22s %14.0f %14s %8s%n", "tokens_per_cpu_second_2_threads", dev.tokensPerCpuSecond2Threads(), "", "");
      out.printf(Locale.ROOT, "speed measured with %d processors at load average %.1f%n", dev.processors(), dev.loadAverage());
      out.printf(Locale.ROOT, "data: %s (%d sentences, %d tokens, sha256 %s); %s (%d sentences, %d tokens, sha256 %s)%n",
          dev.data(), dev.sentences(), dev.tokens(), dev.dataChecksum(), gold.data(), gold.sentences(), gold.tokens(), gold.dataChecksum());
    }
    return 0;
  }

  private static void row(PrintWriter out, String name, double dev, double gold, String target) {
    out.printf(Locale.ROOT, "%-22s %14.4f %14.4f %8s%n", name, dev, gold, target);
  }
}
