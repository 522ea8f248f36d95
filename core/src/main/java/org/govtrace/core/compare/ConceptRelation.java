package org.govtrace.core.compare;

/**
 * A thesaurus relation between concepts of different versions, such as a 2018 rights area that a 2025 focus
 * area continues. Relations are data a user can extend, not inferred.
 *
 * @param from the earlier concept's label (thesaurus id)
 * @param to the later concept's label
 * @param relation the relation's name, such as {@code continued_by} or {@code part_of}
 */
public record ConceptRelation(String from, String to, String relation) {}
