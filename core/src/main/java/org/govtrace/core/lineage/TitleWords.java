package org.govtrace.core.lineage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meaning-bearing words of a title or sentence, compared by shared prefix so that inflected forms
 * ("handlingsplanen", "strategin", "romska") meet their base forms without a lemmatiser.
 */
final class TitleWords {

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*");
  // Function words and the words every referral title shares: they say nothing about which document is meant.
  private static final Set<String> NOISE =
      Set.of(
          "för", "och", "i", "på", "av", "om", "till", "med", "en", "ett", "det", "den", "de", "som", "att",
          "från", "inom", "samt", "är", "vid", "under", "över", "svar", "remiss", "remissen", "remissvar",
          "yttrande", "tjänsteutlåtande", "förslag", "angående", "gällande", "avseende", "ang", "stad", "stads",
          "staden", "stadens", "kommun", "kommuns", "kommunen", "kommunens", "region", "regionens", "dnr");

  private final List<String> words;

  private TitleWords(List<String> words) {
    this.words = words;
  }

  static TitleWords of(String text) {
    List<String> words = new ArrayList<>();
    if (text != null) {
      Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
      while (m.find()) {
        String w = m.group();
        if (w.length() > 1 && !NOISE.contains(w) && !words.contains(w)) {
          words.add(w);
        }
      }
    }
    return new TitleWords(words);
  }

  List<String> words() {
    return words;
  }

  boolean isEmpty() {
    return words.isEmpty();
  }

  /** The words of this title that some word of {@code other} shares a stem-like prefix with. */
  List<String> shared(TitleWords other) {
    return words.stream().filter(w -> other.words.stream().anyMatch(o -> sameStem(w, o))).toList();
  }

  /** Jaccard overlap of the two word sets, words matched by shared prefix. */
  double jaccard(TitleWords other) {
    if (words.isEmpty() || other.words.isEmpty()) {
      return 0;
    }
    int shared = shared(other).size();
    return shared / (double) (words.size() + other.words.size() - shared);
  }

  /** The share of this title's words found in {@code other}. */
  double coveredBy(TitleWords other) {
    return words.isEmpty() ? 0 : shared(other).size() / (double) words.size();
  }

  static boolean sameStem(String a, String b) {
    String ka = key(a);
    String kb = key(b);
    return ka.startsWith(kb) || kb.startsWith(ka);
  }

  // Swedish inflects mostly by suffix (-en, -na, -ar, -er, -erna, -s): two letters off leaves the stem.
  private static String key(String w) {
    return w.substring(0, Math.max(Math.min(w.length(), 5), w.length() - 2));
  }
}
