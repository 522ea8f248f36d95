package org.govtrace.core.analysis;

import org.govtrace.core.model.FindingKind;

/**
 * What one extractor found in one sentence, before the evidence is attached.
 *
 * @param kind the finding kind
 * @param label the concept id, stance code or short label
 * @param actor the canonical actor, or null
 * @param modality the modality of a responsibility, or null
 * @param text the finding's own text (the duty, the goal, the concern)
 * @param rule the rule that fired
 */
record Hit(FindingKind kind, String label, String actor, String modality, String text, String rule) {}
