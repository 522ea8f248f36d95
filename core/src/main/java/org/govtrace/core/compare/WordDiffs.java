package org.govtrace.core.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govtrace.core.query.WordDiff;

/** Word-level diffs of two wordings, by java-diff-utils (Myers' algorithm) over word tokens. */
final class WordDiffs {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-–][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

  private WordDiffs() {}

  static List<WordDiff> diff(String before, String after) {
    List<String> a = words(before);
    List<String> b = words(after);
    List<AbstractDelta<String>> deltas = new ArrayList<>(DiffUtils.diff(a, b).getDeltas());
    deltas.sort(Comparator.comparingInt(d -> d.getSource().getPosition()));
    List<WordDiff> out = new ArrayList<>();
    int pos = 0;
    for (AbstractDelta<String> delta : deltas) {
      int at = delta.getSource().getPosition();
      add(out, WordDiff.Op.EQUAL, a.subList(pos, at));
      add(out, WordDiff.Op.DELETE, delta.getSource().getLines());
      add(out, WordDiff.Op.INSERT, delta.getTarget().getLines());
      pos = at + delta.getSource().size();
    }
    add(out, WordDiff.Op.EQUAL, a.subList(pos, a.size()));
    return out;
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  private static void add(List<WordDiff> out, WordDiff.Op op, List<String> words) {
    if (!words.isEmpty()) {
      out.add(new WordDiff(op, join(words)));
    }
  }

  // Punctuation hugs the word before it, as it was written.
  static String join(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      if (out.length() > 0 && !(w.length() == 1 && ".,;:!?)".indexOf(w.charAt(0)) >= 0)) {
        out.append(' ');
      }
      out.append(w);
    }
    return out.toString();
  }
}
