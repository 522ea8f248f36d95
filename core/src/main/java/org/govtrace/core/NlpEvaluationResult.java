package org.govtrace.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;

/**
 * How well the Swedish models did on one held-out treebank, and how fast: the result of
 * {@link SwedishModels#evaluate(Path, boolean, java.util.function.LongSupplier, java.util.function.DoubleSupplier)} and
 * {@link SwedishModels#evaluateMunicipalGold()}. Shares are between 0 and 1; speeds are 0 when not measured.
 *
 * @param data the scored file or resource
 * @param dataChecksum SHA-256 (first 16 hex digits) of the scored data
 * @param modelFingerprint the annotator's model fingerprint
 * @param beamSize the tagger's beam width (1 is greedy)
 * @param sentences gold sentences
 * @param tokens gold tokens
 * @param uposAccuracy share of gold tokens tagged right, on gold tokenisation
 * @param lemmaAccuracy share of gold tokens lemmatised right, on gold tokenisation and our own tags
 * @param sentenceF1 F1 of sentence spans found in running text (paragraphs separated by blank lines)
 * @param tokenAccuracy F1 of token spans found in running text (the UD "Tokens" score)
 * @param uposAccuracyRawText share of gold tokens found with the right span and tag from running text
 * @param tokensPerSecond tokens per second of the whole stage on one thread after warm-up
 * @param tokensPerSecond2Threads tokens per second of the whole stage with two threads sharing the models
 * @param tokensPerCpuSecond tokens per second of thread CPU time on one thread, which other load on the machine
 *     disturbs far less than wall-clock time
 * @param tokensPerCpuSecond2Threads the same with two threads: close to the one-thread figure when the threads
 *     do not wait on each other, so two free cores would give about twice the one-thread speed
 * @param processors processors the JVM saw
 * @param loadAverage the system load average when the measurement ended; wall-clock figures are only comparable
 *     at low load
 */
public record NlpEvaluationResult(
    @JsonProperty("data") String data,
    @JsonProperty("data_checksum") String dataChecksum,
    @JsonProperty("model_fingerprint") String modelFingerprint,
    @JsonProperty("beam_size") int beamSize,
    @JsonProperty("sentences") int sentences,
    @JsonProperty("tokens") int tokens,
    @JsonProperty("upos_accuracy") double uposAccuracy,
    @JsonProperty("lemma_accuracy") double lemmaAccuracy,
    @JsonProperty("sentence_f1") double sentenceF1,
    @JsonProperty("token_accuracy") double tokenAccuracy,
    @JsonProperty("upos_accuracy_raw_text") double uposAccuracyRawText,
    @JsonProperty("tokens_per_second") double tokensPerSecond,
    @JsonProperty("tokens_per_second_2_threads") double tokensPerSecond2Threads,
    @JsonProperty("tokens_per_cpu_second") double tokensPerCpuSecond,
    @JsonProperty("tokens_per_cpu_second_2_threads") double tokensPerCpuSecond2Threads,
    @JsonProperty("processors") int processors,
    @JsonProperty("load_average") double loadAverage) {}
