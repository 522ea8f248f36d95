package org.govtrace.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a normalised page into {@link Line}s and tells paragraph breaks from line breaks. Some extractions are
 * "double spaced": a blank line after every line, a run of two or more blank lines between paragraphs. When most
 * lines are followed by exactly one blank line, a single blank line is read as a line break.
 */
final class LineSplitter {

  List<Line> split(String page, int pageNumber) {
    String[] raw = page.split("\n", -1);
    List<String> texts = new ArrayList<>();
    List<Integer> blanksBefore = new ArrayList<>();
    List<Boolean> indented = new ArrayList<>();
    int blanks = 0;
    for (String line : raw) {
      String stripped = line.strip();
      if (stripped.isEmpty()) {
        blanks++;
        continue;
      }
      texts.add(stripped);
      blanksBefore.add(blanks);
      indented.add(line.startsWith(" "));
      blanks = 0;
    }
    int paragraphGap = isDoubleSpaced(blanksBefore) ? 2 : 1;
    List<Line> lines = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      lines.add(new Line(texts.get(i), pageNumber, indented.get(i), i == 0 || blanksBefore.get(i) >= paragraphGap));
    }
    return lines;
  }

  private static boolean isDoubleSpaced(List<Integer> blanksBefore) {
    if (blanksBefore.size() < 6) {
      return false;
    }
    long single = blanksBefore.stream().skip(1).filter(b -> b == 1).count();
    return single >= 0.6 * (blanksBefore.size() - 1);
  }
}
