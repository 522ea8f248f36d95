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

  private static final java.util.Set<String> BLOCKS =
      java.util.Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "blockquote", "pre", "div", "dt", "dd");

  private final List<StringBuilder> pages = new ArrayList<>();
  private StringBuilder current;
  private int divDepth;
  // The div depth at which an embedded document began, or -1: an attached PDF's pages are not the host's pages.
  private int embeddedDepth = -1;
  // Open lists, innermost first: the next item number of an ordered list, 0 for a bulleted one.
  private final java.util.Deque<int[]> lists = new java.util.ArrayDeque<>();

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) {
    String name = localName.isEmpty() ? qName : localName;
    if ("ul".equals(name) || "ol".equals(name)) {
      lists.push(new int[] {"ol".equals(name) ? 1 : 0});
    } else if ("li".equals(name)) {
      // HTML and ODF lists carry their bullets as markup, not text: write them so cleaning sees list items.
      int[] list = lists.isEmpty() ? new int[] {0} : lists.peek();
      String marker = list[0] > 0 ? (list[0]++) + ". " : "• ";
      characters(("\n" + marker).toCharArray(), 0, marker.length() + 1);
    }
    if (!"div".equals(name)) {
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
    String name = localName.isEmpty() ? qName : localName;
    if (("ul".equals(name) || "ol".equals(name)) && !lists.isEmpty()) {
      lists.pop();
    }
    if (BLOCKS.contains(name) && current != null && current.length() > 0
        && current.charAt(current.length() - 1) != '\n') {
      // Some parsers (ODF headings, for one) end a block without a line end: the next block must not glue on.
      current.append('\n');
    }
    if ("div".equals(name)) {
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
