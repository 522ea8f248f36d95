package org.govtrace.core.eval;

import java.util.List;

/**
 * What one predictor (the analysis or the keyword baseline) says about one document or passage, in the terms of
 * the gold files.
 */
record Prediction(
    boolean raisesConcern,
    List<String> resourceEvidence,
    List<Duty> responsibilities,
    List<String> goals,
    List<String> proposals,
    List<String> focusAreas,
    List<String> rightsAreas,
    String stance) {

  /** One responsibility item: an actor given a duty. */
  record Duty(String actor, String modality, String duty) {}
}
