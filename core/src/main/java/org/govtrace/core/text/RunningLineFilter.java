package org.govtrace.core.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes running headers, footers and page numbers: a line at the top or bottom of a page that repeats (digits
 * aside) at the edge of most pages, and page-number lines such as "Sida 2 av 5", "2 (5)", "- 3 -" or a bare
 * number at a page's edge. The first occurrence of a repeated line is kept, since on page 1 it is often the
 * letterhead ("Dnr …") that later pages only repeat.
 */
final class RunningLineFilter {

  private static final int EDGE = 3;
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?i)(sida|s\\.|page)\\s*\\d+(\\s*(av|/|of)\\s*\\d+|\\s*\\(\\s*\\d+\\s*\\))?"
              + "|\\d+\\s*\\(\\s*\\d+\\s*\\)|\\d+\\s*(av|/)\\s*\\d+|[-–]\\s*\\d+\\s*[-–]");
  private static final Pattern PAGE_OF_PAGES =
      Pattern.compile("(?i)\\b(sida|page)\\s*\\d+\\s*(av|/|of|\\()\\s*\\d+\\s*\\)?\\s*$");
  private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,3}");

  List<List<Line>> filter(List<List<Line>> pages) {
    Map<String, Integer> edgeCounts = new HashMap<>();
    for (List<Line> page : pages) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < page.size(); i++) {
        if (atEdge(i, page.size())) {
          seen.add(key(page.get(i).text()));
        }
      }
      seen.forEach(key -> edgeCounts.merge(key, 1, Integer::sum));
    }
    int needed = Math.max(2, (pages.size() + 1) / 2);
    Set<String> kept = new HashSet<>();
    List<List<Line>> result = new ArrayList<>(pages.size());
    for (List<Line> page : pages) {
      List<Line> lines = new ArrayList<>(page.size());
      for (int i = 0; i < page.size(); i++) {
        Line line = page.get(i);
        String text = line.text();
        boolean edge = atEdge(i, page.size());
        boolean running =
            edge && pages.size() > 1 && text.length() <= 120 && edgeCounts.getOrDefault(key(text), 0) >= needed;
        boolean pageNumber =
            PAGE_NUMBER.matcher(text).matches() || (edge && BARE_NUMBER.matcher(text).matches() && page.size() > 1);
        // A footer that carries the page number ("… Sida 1 av 3") is dropped on every page, the first too.
        boolean numberedFooter = edge && text.length() <= 160 && PAGE_OF_PAGES.matcher(text).find();
        if (pageNumber || numberedFooter || (running && !kept.add(key(text)))) {
          continue;
        }
        lines.add(line);
      }
      result.add(lines);
    }
    return result;
  }

  private static boolean atEdge(int index, int size) {
    return index < EDGE || index >= size - EDGE;
  }

  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
  }
}
