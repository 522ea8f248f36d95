package org.govtrace.core.eval;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** The text comparisons of FORMAT.md: whitespace and NFC normalisation, tokens, Jaccard, longest common substring. */
final class TextMatch {

  private TextMatch() {}

  /** Every run of white space becomes one space, ends trimmed, Unicode NFC. */
  static String normalize(String s) {
    return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
  }

  /** Lower case without diacritics, every run of other characters one space: for comparing names. */
  static String fold(String text) {
    String noMarks = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return noMarks.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  /** The lower-cased runs of letters or digits. */
  static Set<String> tokens(String s) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : normalize(s).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  static double jaccard(String a, String b) {
    Set<String> x = tokens(a);
    Set<String> y = tokens(b);
    Set<String> union = new LinkedHashSet<>(x);
    union.addAll(y);
    if (union.isEmpty()) {
      return 1.0;
    }
    x.retainAll(y);
    return (double) x.size() / union.size();
  }

  /** Whether the longest common substring covers at least half of the gold sentence's characters. */
  static boolean sentenceMatches(String predicted, String gold) {
    String p = normalize(predicted);
    String g = normalize(gold);
    return !g.isEmpty() && longestCommonSubstring(p, g) * 2 >= g.length();
  }

  static int longestCommonSubstring(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    int best = 0;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        current[j] = a.charAt(i - 1) == b.charAt(j - 1) ? previous[j - 1] + 1 : 0;
        best = Math.max(best, current[j]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
      java.util.Arrays.fill(current, 0);
    }
    return best;
  }
}
