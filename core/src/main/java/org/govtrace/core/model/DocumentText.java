package org.govtrace.core.model;

import java.util.List;
import java.util.Map;

/**
 * A document's cleaned text with its pages, sections and the letterhead (brevhuvud) recognised as metadata.
 *
 * @param text the cleaned text: hyphenation rejoined, lines reflowed, running headers and footers removed, NFC
 * @param pages the pages in order; they cover the text without gaps (a document without pages has one)
 * @param sections the sections in document order
 * @param letterhead the spans of letterhead blocks (Handläggare, Telefon, Till, Datum, Dnr): metadata, not body
 * @param letterheadFields the letterhead's labelled values, such as {@code Dnr -> FAR 2025/606}
 */
public record DocumentText(
    String text,
    List<Page> pages,
    List<Section> sections,
    List<Span> letterhead,
    Map<String, String> letterheadFields) {

  /** Copies the lists and map, so the record is immutable. */
  public DocumentText {
    pages = List.copyOf(pages);
    sections = List.copyOf(sections);
    letterhead = List.copyOf(letterhead);
    letterheadFields = Map.copyOf(letterheadFields);
  }

  /**
   * The text as one page with no structure, for analysing a string.
   *
   * @param text the text
   * @return a document text of one page with no sections or letterhead
   */
  public static DocumentText ofPlainText(String text) {
    return new DocumentText(text, List.of(new Page(1, new Span(0, text.length()))), List.of(), List.of(), Map.of());
  }

  /**
   * The page number the offset falls on (the last page for an offset at the very end).
   *
   * @param offset a character offset into the text
   * @return the page number, from 1
   */
  public int pageAt(int offset) {
    for (Page page : pages) {
      if (offset < page.span().end()) {
        return page.number();
      }
    }
    return pages.isEmpty() ? 1 : pages.get(pages.size() - 1).number();
  }

  /**
   * The innermost section that contains the offset.
   *
   * @param offset a character offset into the text
   * @return the section, or {@code null} before the first heading
   */
  public Section sectionAt(int offset) {
    Section found = null;
    for (Section section : sections) {
      if (section.span().contains(offset) && (found == null || section.level() >= found.level())) {
        found = section;
      }
    }
    return found;
  }

  /**
   * Whether the span lies in a letterhead block.
   *
   * @param span a span of the text
   * @return true when it overlaps a letterhead block
   */

  public boolean inLetterhead(Span span) {
    return letterhead.stream().anyMatch(block -> block.overlaps(span));
  }
}
