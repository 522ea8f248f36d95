package org.govtrace.core.query;

/**
 * A directed link between two documents: {@code from} responds to, replaces, builds on or is a version of
 * {@code to}.
 *
 * @param from the id of the later or answering document
 * @param to the id of the earlier or answered document (possibly an external node)
 * @param kind how they relate
 * @param origin inferred from text or declared in a manifest
 * @param evidence the sentence or profile field that led to an inferred link, or the manifest entry
 * @param rule the name of the rule that fired, such as {@code cited-dnr} or {@code manifest}
 */
public record LineageLink(String from, String to, LinkKind kind, LinkOrigin origin, String evidence, String rule) {}
