package org.govtrace.core.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds diary numbers (diarienummer) in the forms DOMAIN.md lists: a board or office prefix and year/number
 * ({@code KS 2025/809}, {@code FAR 2025/606}, {@code SN 2018/0123}, also split over a line break), ministry style
 * ({@code Ku2017/01534/DISK}, {@code Fi2020/01234}), {@code KS/2019:123}, and after a "Dnr" label also bare
 * ({@code Dnr 2018/1234}) or classified ({@code Dnr 3.1.1-123/2018}) numbers. Prefixed numbers are normalised as
 * {@code PREFIX YYYY/NNN}.
 */
final class DiaryNumberFinder {

  /** One diary number: normalised, where it starts, and whether a "Dnr" label stood right before it. */
  record Found(String number, int offset, boolean labelled) {}

  private static final String LABEL = "(?:(?<label>dnr|diarienummer|diarienr|ärendenummer|ärendenr)\\.?:?\\s*)?";
  private static final Pattern PREFIXED =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\d/])" + LABEL + "(?-i)(?<prefix>\\p{Lu}{2,6})\\s*(?:\\n\\s*)?(?<year>(?:19|20)\\d{2})/(?<no>\\d{1,6})(?![\\d/])");
  private static final Pattern MINISTRY =
      Pattern.compile("(?<![\\p{L}\\d])(?<prefix>\\p{Lu}\\p{Ll}{1,2})(?<year>(?:19|20)\\d{2})/(?<no>\\d{3,6})(?<unit>/\\p{Lu}{1,6})?(?!\\d)");
  private static final Pattern SLASH_COLON =
      Pattern.compile("(?iu)(?<![\\p{L}\\d])" + LABEL + "(?-i)(?<prefix>\\p{Lu}{2,6})/(?<year>(?:19|20)\\d{2}):(?<no>\\d{1,6})(?!\\d)");
  private static final Pattern LABELLED_BARE =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?<label>dnr|diarienummer|diarienr)\\.?:?\\s*(?<number>(?:\\d+(?:\\.\\d+)*-\\d+/(?:19|20)\\d{2})|(?:(?:19|20)\\d{2}/\\d{1,6}))(?![\\d/])");
  // Prefixes that name legislation or the EU, not a diary: "EU 2016/679" is a regulation.
  private static final Set<String> NOT_DIARIES = Set.of("EU", "EG", "EEG", "EES", "SFS", "SOU", "ISO", "SS", "EN");

  List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    Matcher prefixed = PREFIXED.matcher(text);
    while (prefixed.find()) {
      if (!NOT_DIARIES.contains(prefixed.group("prefix"))) {
        found.add(found(prefixed.group("prefix") + " " + prefixed.group("year") + "/" + prefixed.group("no"), prefixed));
      }
    }
    Matcher ministry = MINISTRY.matcher(text);
    while (ministry.find()) {
      String unit = ministry.group("unit") == null ? "" : ministry.group("unit");
      found.add(new Found(ministry.group("prefix") + ministry.group("year") + "/" + ministry.group("no") + unit,
          ministry.start(), labelledBefore(text, ministry.start())));
    }
    Matcher slashColon = SLASH_COLON.matcher(text);
    while (slashColon.find()) {
      found.add(found(slashColon.group("prefix") + "/" + slashColon.group("year") + ":" + slashColon.group("no"), slashColon));
    }
    Matcher bare = LABELLED_BARE.matcher(text);
    while (bare.find()) {
      found.add(new Found(bare.group("number"), bare.start(), true));
    }
    found.sort(java.util.Comparator.comparingInt(Found::offset));
    return found;
  }

  private static Found found(String number, Matcher matcher) {
    boolean labelled = matcher.group("label") != null;
    int start = labelled ? matcher.start("label") : matcher.start("prefix");
    return new Found(number, start, labelled);
  }

  private static boolean labelledBefore(String text, int offset) {
    String before = text.substring(Math.max(0, offset - 15), offset).toLowerCase(Locale.ROOT);
    return before.matches("(?s).*(dnr|diarienummer|diarienr)\\.?:?\\s*$");
  }
}
