package org.govtrace.core;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import org.govtrace.core.nlp.NlpEvaluation;
import org.govtrace.core.nlp.NlpTrainer;
import org.govtrace.core.nlp.OpenNlpSentenceAnnotator;

/**
 * The Swedish language models behind {@link GovTrace}'s NLP stage (sentences, tokens, UPOS tags, lemmas): train
 * them from UD Swedish treebanks and score them on held-out data. Analysing documents needs none of this; it is for
 * programs (and the {@code nlp-train} and {@code nlp-eval} commands) that retrain or measure the models. Immutable
 * and safe for many threads; the models are loaded once per instance.
 */
public final class SwedishModels {

  private final OpenNlpSentenceAnnotator annotator;

  private SwedishModels(OpenNlpSentenceAnnotator annotator) {
    this.annotator = annotator;
  }

  /**
   * The models shipped in the govtrace jar, the ones {@link GovTrace} analyses with.
   *
   * @return the bundled models with a greedy tagger
   * @throws java.io.UncheckedIOException naming the model resource that is missing or damaged
   */
  public static SwedishModels bundled() {
    return new SwedishModels(OpenNlpSentenceAnnotator.fromClasspath());
  }

  /**
   * Models written by {@link #train(Path, Path)} to a directory, for trying a new training run.
   *
   * @param directory the directory holding the model files
   * @return the models with a greedy tagger
   * @throws java.io.UncheckedIOException naming the model file that is missing or damaged
   */
  public static SwedishModels fromDirectory(Path directory) {
    return new SwedishModels(OpenNlpSentenceAnnotator.fromDirectory(Objects.requireNonNull(directory, "directory")));
  }

  /**
   * The same models with another beam width for the part-of-speech tagger.
   *
   * @param beamSize the beam width; 1 is greedy and fastest
   * @return a new instance sharing the loaded models
   */
  public SwedishModels withBeamSize(int beamSize) {
    return new SwedishModels(annotator.withBeamSize(beamSize));
  }

  /**
   * Identifies the model files and settings, so figures can be tied to the models they were measured on.
   *
   * @return the fingerprint
   */
  public String fingerprint() {
    return annotator.fingerprint();
  }

  /**
   * Scores the models on a CoNLL-U file, or on every {@code *-dev.conllu} file of a directory (Talbanken dev in the
   * UD layout). The clocks are the caller's, since the core module does not read {@code java.lang.management}.
   *
   * @param ud a CoNLL-U file or a UD Swedish directory
   * @param measureSpeed whether to time the stage: a 5 s warm-up, then the best of three rounds of 3 s on one and
   *     on two threads (about 25 s)
   * @param threadCpuNanos the calling thread's CPU time in nanoseconds, for the CPU-time throughput
   * @param loadAverage the system load average, or NaN when unknown
   * @return accuracy figures and, when measured, throughput
   * @throws GovTraceException when the path holds no CoNLL-U dev file
   * @throws java.io.UncheckedIOException when a file cannot be read
   */
  public NlpEvaluationResult evaluate(Path ud, boolean measureSpeed, LongSupplier threadCpuNanos, DoubleSupplier loadAverage) {
    return new NlpEvaluation(annotator, measureSpeed, Objects.requireNonNull(threadCpuNanos, "threadCpuNanos"),
        Objects.requireNonNull(loadAverage, "loadAverage")).evaluate(Objects.requireNonNull(ud, "ud"));
  }

  /**
   * Scores the models on govtrace's bundled gold set of municipal Swedish sentences, without timing.
   *
   * @return accuracy figures on the municipal gold set
   * @throws java.io.UncheckedIOException when the bundled gold resource is missing from the jar
   */
  public NlpEvaluationResult evaluateMunicipalGold() {
    return new NlpEvaluation(annotator, false).evaluateMunicipalGold();
  }

  /**
   * Trains every model, reproducibly, from UD Swedish-Talbanken (first-release training split and test split) and
   * UD Swedish-PUD; Talbanken's dev split is never read, so figures measured on it stay held out.
   *
   * @param udDirectory the directory holding the UD Swedish CoNLL-U files
   * @param outDirectory the directory the model files are written to (created when missing)
   * @return the files written and what they were trained on
   * @throws GovTraceException when a treebank file is missing
   * @throws java.io.UncheckedIOException when a file cannot be read or written
   */
  public static NlpTrainingResult train(Path udDirectory, Path outDirectory) {
    return new NlpTrainer().train(Objects.requireNonNull(udDirectory, "udDirectory"), Objects.requireNonNull(outDirectory, "outDirectory"));
  }
}
