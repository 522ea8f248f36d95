package org.govtrace.core.query;

import java.time.LocalDate;

/**
 * One indexed document as {@code govtrace documents} lists it.
 *
 * @param id the document's id (the hash of its bytes)
 * @param source the file it was read from
 * @param type the document type code
 * @param issuingBody the board it speaks for; null if unknown
 * @param authoringOffice the office that wrote it; null if unknown
 * @param ownDnr its own diary number; null if none
 * @param title its title; null if none was found
 * @param respondsTo the title of the document it answers; null if none
 * @param date its first date; null if it has none
 * @param year its year; 0 if it has no date
 * @param sentences its number of sentences
 * @param findings its number of findings
 */
public record DocumentSummary(
    String id,
    String source,
    String type,
    String issuingBody,
    String authoringOffice,
    String ownDnr,
    String title,
    String respondsTo,
    LocalDate date,
    int year,
    int sentences,
    int findings) {}
