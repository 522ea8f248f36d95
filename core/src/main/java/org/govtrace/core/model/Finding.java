package org.govtrace.core.model;

/**
 * One thing the analysis found, with the evidence to cite and the rule that fired.
 *
 * @param kind what the finding is about
 * @param label the concept it resolves to: a thesaurus concept id, a stance code, or a short duty label
 * @param actor the canonical actor (for responsibilities), such as "Socialnämnden"; null otherwise
 * @param modality how the duty is given (ska, bör, föreslås, ansvarar, särskilt ansvarig, other); null otherwise
 * @param text the finding's own text: the duty, the goal statement, the concern
 * @param evidence where it can be cited
 * @param rule the name of the rule that fired, so every finding can explain itself
 */
public record Finding(
    FindingKind kind,
    String label,
    String actor,
    String modality,
    String text,
    Evidence evidence,
    String rule) {}
