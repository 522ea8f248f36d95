package org.govtrace.core.query;

/**
 * One place where the analysis and a gold file disagree: a passage or document whose field the analysis got
 * wrong, for error analysis ({@code govtrace eval --errors}).
 *
 * @param item the passage id, or the document's file, as the gold file names it
 * @param field the field as FORMAT.md spells it, such as {@code resource_concern}
 * @param expected what the gold says: a value, or a missed item ({@code "Socialnämnden (ska): ta fram …"}); empty
 *     when the analysis found an item the gold does not have
 * @param predicted what the analysis says, or the item it found that the gold does not have; empty for a missed item
 * @param text the passage's text, or the document's file
 */
public record GoldDisagreement(String item, String field, String expected, String predicted, String text) {}
