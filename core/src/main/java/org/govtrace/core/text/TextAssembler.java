package org.govtrace.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govtrace.core.model.DocumentText;
import org.govtrace.core.model.Page;
import org.govtrace.core.model.Section;
import org.govtrace.core.model.Span;

/**
 * Writes the blocks as one text and maps it back: paragraphs and headings separated by a blank line, consecutive
 * list items and letterhead lines by a line break; page spans that cover the text without gaps; sections that
 * run from a heading to the next heading of the same or a higher level; letterhead spans.
 */
final class TextAssembler {

  DocumentText assemble(List<Block> blocks, int pageCount, Map<String, String> letterheadFields) {
    StringBuilder text = new StringBuilder();
    int[] pageStart = new int[pageCount + 2];
    java.util.Arrays.fill(pageStart, -1);
    pageStart[1] = 0;
    List<int[]> headings = new ArrayList<>();
    List<Span> letterhead = new ArrayList<>();
    Block previous = null;
    for (Block block : blocks) {
      if (previous != null) {
        boolean tight =
            previous.kind() == block.kind()
                && (block.kind() == Block.Kind.ITEM || block.kind() == Block.Kind.LETTERHEAD);
        text.append(tight ? "\n" : "\n\n");
      }
      int start = text.length();
      for (Block.PageStart page : block.pageStarts()) {
        for (int p = 2; p <= Math.min(page.page(), pageCount); p++) {
          if (pageStart[p] < 0) {
            pageStart[p] = start + page.offset();
          }
        }
      }
      text.append(block.text());
      if (block.kind() == Block.Kind.HEADING) {
        headings.add(new int[] {start, block.level()});
      }
      if (block.kind() == Block.Kind.LETTERHEAD) {
        boolean extends_ = previous != null && previous.kind() == Block.Kind.LETTERHEAD && !letterhead.isEmpty();
        int blockStart = extends_ ? letterhead.remove(letterhead.size() - 1).start() : start;
        letterhead.add(new Span(blockStart, text.length()));
      }
      previous = block;
    }
    String cleaned = text.toString();
    return new DocumentText(
        cleaned, pages(pageStart, pageCount, cleaned.length()), sections(blocks, headings, cleaned), letterhead,
        letterheadFields);
  }

  private static List<Page> pages(int[] pageStart, int pageCount, int length) {
    List<Page> pages = new ArrayList<>(pageCount);
    int start = 0;
    for (int p = 1; p <= pageCount; p++) {
      int end = length;
      for (int q = p + 1; q <= pageCount; q++) {
        if (pageStart[q] >= 0) {
          end = pageStart[q];
          break;
        }
      }
      // A page whose text was all removed (a blank page, a page of running headers) is empty where it stood.
      int begin = Math.min(Math.max(start, pageStart[p] < 0 ? end : pageStart[p]), end);
      if (p == 1) {
        begin = 0;
      }
      pages.add(new Page(p, new Span(begin, end)));
      start = end;
    }
    // Spans must leave no gap: each page starts where the previous one ended.
    List<Page> gapless = new ArrayList<>(pageCount);
    int cursor = 0;
    for (Page page : pages) {
      int end = Math.max(cursor, page.span().end());
      gapless.add(new Page(page.number(), new Span(cursor, end)));
      cursor = end;
    }
    return gapless;
  }

  private static List<Section> sections(List<Block> blocks, List<int[]> headings, String text) {
    List<String> titles = blocks.stream().filter(b -> b.kind() == Block.Kind.HEADING).map(Block::text).toList();
    List<Section> sections = new ArrayList<>(headings.size());
    for (int i = 0; i < headings.size(); i++) {
      int start = headings.get(i)[0];
      int level = headings.get(i)[1];
      int end = text.length();
      for (int j = i + 1; j < headings.size(); j++) {
        if (headings.get(j)[1] <= level) {
          // The section ends before the blank line that precedes the next heading.
          end = Math.max(start, headings.get(j)[0] - 2);
          break;
        }
      }
      sections.add(new Section(titles.get(i), level, new Span(start, end)));
    }
    return sections;
  }
}
