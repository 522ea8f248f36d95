package org.govtrace.core;

import java.time.Duration;
import java.util.Map;

/**
 * What a training run of the Swedish models wrote: the result of {@link SwedishModels#train(java.nio.file.Path,
 * java.nio.file.Path)}.
 *
 * @param modelBytes each model file's name and size in bytes, in the order written
 * @param posTrainingTokens tokens the part-of-speech tagger learnt from
 * @param lemmaTrainingTokens tokens with lemmas the lemmatizer learnt from
 * @param duration wall time of the run
 */
public record NlpTrainingResult(Map<String, Long> modelBytes, int posTrainingTokens, int lemmaTrainingTokens, Duration duration) {}
