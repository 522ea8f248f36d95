package org.govtrace.core.profile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every calendar date with day precision (DOMAIN.md, "Dates and periods"): {@code 2025-11-20}, {@code 21
 * november 2025}, {@code 20/4 2018}, and {@code den 12 april} with the year taken from context (the nearest
 * full date or year before it, else after it). Periods and partial dates ({@code 2018–2022}, {@code december
 * 2018}, {@code vecka 12}, {@code 2017}) are not day dates and are skipped.
 */
final class DateFinder {

  private static final String MONTHS =
      "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec";
  private static final Pattern ISO = Pattern.compile("(?<![\\d/-])((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?![\\d])");
  private static final Pattern WRITTEN =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\d])(?:den\\s+)?(\\d{1,2})(?::[ea])?\\s+(" + MONTHS + ")\\.?(?:\\s+((?:19|20)\\d{2}))?(?![\\p{L}\\d])");
  private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.])(\\d{1,2})/(\\d{1,2})(?:\\s+|-)((?:19|20)\\d{2})(?!\\d)");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d/-])((?:19|20)\\d{2})(?![\\d/])");
  private static final Map<String, Integer> MONTH_NUMBERS = monthNumbers();

  List<LocalDate> find(String text) {
    // Dates by offset, so the result is in order of first mention.
    TreeMap<Integer, LocalDate> dates = new TreeMap<>();
    Matcher iso = ISO.matcher(text);
    while (iso.find()) {
      put(dates, iso.start(), toInt(iso.group(1)), toInt(iso.group(2)), toInt(iso.group(3)));
    }
    Matcher numeric = NUMERIC.matcher(text);
    while (numeric.find()) {
      put(dates, numeric.start(), toInt(numeric.group(3)), toInt(numeric.group(2)), toInt(numeric.group(1)));
    }
    List<int[]> yearless = new ArrayList<>();
    Matcher written = WRITTEN.matcher(text);
    while (written.find()) {
      int day = toInt(written.group(1));
      int month = MONTH_NUMBERS.get(written.group(2).toLowerCase(Locale.ROOT));
      if (written.group(3) != null) {
        put(dates, written.start(), toInt(written.group(3)), month, day);
      } else {
        yearless.add(new int[] {written.start(), month, day});
      }
    }
    if (!yearless.isEmpty()) {
      TreeMap<Integer, Integer> years = new TreeMap<>();
      Matcher year = YEAR.matcher(text);
      while (year.find()) {
        years.put(year.start(), toInt(year.group(1)));
      }
      for (int[] date : yearless) {
        int contextYear = contextYear(date[0], dates, years);
        if (contextYear > 0) {
          put(dates, date[0], contextYear, date[1], date[2]);
        }
      }
    }
    Set<LocalDate> unique = new LinkedHashSet<>(dates.values());
    return List.copyOf(unique);
  }

  /** The year of the nearest full date or year before {@code offset}, else of the nearest after it; 0 if none. */
  private static int contextYear(int offset, TreeMap<Integer, LocalDate> dates, TreeMap<Integer, Integer> years) {
    Map.Entry<Integer, LocalDate> dateBefore = dates.lowerEntry(offset);
    Map.Entry<Integer, Integer> yearBefore = years.lowerEntry(offset);
    if (dateBefore != null && (yearBefore == null || dateBefore.getKey() >= yearBefore.getKey())) {
      return dateBefore.getValue().getYear();
    }
    if (yearBefore != null) {
      return yearBefore.getValue();
    }
    Map.Entry<Integer, LocalDate> dateAfter = dates.higherEntry(offset);
    Map.Entry<Integer, Integer> yearAfter = years.higherEntry(offset);
    if (dateAfter != null && (yearAfter == null || dateAfter.getKey() <= yearAfter.getKey())) {
      return dateAfter.getValue().getYear();
    }
    return yearAfter == null ? 0 : yearAfter.getValue();
  }

  private static void put(Map<Integer, LocalDate> dates, int offset, int year, int month, int day) {
    try {
      dates.put(offset, LocalDate.of(year, month, day));
    } catch (DateTimeException notADate) {
      // "31/2 2018" or a number pair that only looks like a date: not a calendar date.
    }
  }

  private static int toInt(String digits) {
    return Integer.parseInt(digits);
  }

  private static Map<String, Integer> monthNumbers() {
    Map<String, Integer> months = new java.util.HashMap<>();
    String[] full = {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
        "november", "december"};
    for (int i = 0; i < full.length; i++) {
      months.put(full[i], i + 1);
      months.put(full[i].substring(0, 3), i + 1);
    }
    months.put("sept", 9);
    return Map.copyOf(months);
  }
}
