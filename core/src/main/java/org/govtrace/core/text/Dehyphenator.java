package org.govtrace.core.text;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins two wrapped lines, rejoining a word split by a hyphen at the line end. {@code utvecklings-} + {@code
 * arbete} is one word, "utvecklingsarbete"; the hyphen stays where Swedish writes one: after an abbreviation,
 * acronym, digit or single letter ({@code MR-programmet}, {@code EU-kommissionens}, {@code 2030-målen}, {@code
 * e-tjänster}), and in a shortened coordination, where the next word is a conjunction ({@code arbetsmarknads- och
 * socialnämnden}).
 *
 * <p>Known miss: an abbreviation written with only its first letter capital ({@code Hbtqi-} + {@code personer})
 * loses its hyphen, since it looks like a name that starts a compound ({@code Stockholms-} + {@code regionen} is
 * "Stockholmsregionen").
 */
final class Dehyphenator {

  private static final Pattern SPLIT_WORD = Pattern.compile("(\\S*?)(\\p{L}|\\d)-$");
  private static final Set<String> CONJUNCTIONS = Set.of("och", "eller", "samt", "resp.", "respektive", "till", "som");

  /** How two wrapped lines meet. */
  enum Joint {
    /** With a space: the line ended between words. */
    SPACE,
    /** Directly, keeping the hyphen: {@code MR-} + {@code programmet}. */
    KEEP_HYPHEN,
    /** Directly, dropping the hyphen: {@code utvecklings-} + {@code arbete}. */
    DROP_HYPHEN
  }

  /** The two lines as one: {@code left} and {@code right} without their outer white space. */
  String join(String left, String right) {
    return switch (joint(left, right)) {
      case SPACE -> left.isEmpty() || right.isEmpty() ? left + right : left + " " + right;
      case KEEP_HYPHEN -> left + right;
      case DROP_HYPHEN -> left.substring(0, left.length() - 1) + right;
    };
  }

  /** How the line {@code left} (or its last line) meets the next line {@code right}. */
  Joint joint(String left, String right) {
    if (left.isEmpty() || right.isEmpty() || !left.endsWith("-")) {
      return Joint.SPACE;
    }
    int from = Math.max(0, left.lastIndexOf(' ') + 1);
    Matcher split = SPLIT_WORD.matcher(left.substring(from));
    if (!split.find()) {
      return Joint.SPACE;
    }
    String nextWord = right.split("\\s+", 2)[0];
    if (CONJUNCTIONS.contains(nextWord.toLowerCase(java.util.Locale.ROOT)) || nextWord.equals(",")) {
      return Joint.SPACE;
    }
    String word = split.group(1) + split.group(2);
    char before = split.group(2).charAt(0);
    boolean keepsHyphen =
        Character.isUpperCase(before)
            || Character.isDigit(before)
            || word.length() == 1
            || !Character.isLowerCase(right.charAt(0));
    return keepsHyphen ? Joint.KEEP_HYPHEN : Joint.DROP_HYPHEN;
  }
}
