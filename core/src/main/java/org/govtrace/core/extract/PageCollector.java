package org.govtrace.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of Tika's XHTML body page by page: PDF pages arrive as {@code <div class="page">}, slides
 * as {@code <div class="slide-content">}. Text outside any page (a format without pages, or slide notes
 * written after a slide) stays with the page it follows, so nothing is lost.
 */
final class PageCollector extends DefaultHandler {

  private final List<StringBuilder> pages = new ArrayList<>();
  private StringBuilder current;
  private int divDepth;
  // The div depth at which an embedded document began, or -1: an attached PDF's pages are not the host's pages.
  private int embeddedDepth = -1;

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) {
    if (!"div".equals(localName.isEmpty() ? qName : localName)) {
      return;
    }
    divDepth++;
    String cssClass = attributes.getValue("class");
    if (embeddedDepth < 0 && ("embedded".equals(cssClass) || "package-entry".equals(cssClass))) {
      embeddedDepth = divDepth;
    } else if (embeddedDepth < 0 && startsPage(cssClass)) {
      current = new StringBuilder();
      pages.add(current);
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    if ("div".equals(localName.isEmpty() ? qName : localName)) {
      if (divDepth == embeddedDepth) {
        embeddedDepth = -1;
      }
      divDepth--;
    }
  }

  private static boolean startsPage(String cssClass) {
    return "page".equals(cssClass) || "slide-content".equals(cssClass);
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (current == null) {
      current = new StringBuilder();
      pages.add(current);
    }
    current.append(ch, start, length);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    // Tika emits the line ends after block elements (p, li, h1) as ignorable white space; they are our line breaks.
    characters(ch, start, length);
  }

  /** The text of each page in order; at least one, possibly empty. */
  List<String> pages() {
    List<String> texts = new ArrayList<>(pages.size());
    for (StringBuilder page : pages) {
      texts.add(page.toString());
    }
    return texts.isEmpty() ? List.of("") : texts;
  }
}
