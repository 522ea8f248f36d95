package org.govtrace.core.model;

/**
 * A section of a document under one heading, such as "Förvaltningens synpunkter och förslag".
 *
 * @param heading the heading as written, without numbering
 * @param level 1 for top-level headings, deeper levels counting up
 * @param span the heading and the body below it, up to the next heading of the same or a higher level
 */
public record Section(String heading, int level, Span span) {}
