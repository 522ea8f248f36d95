package org.govtrace.core.profile;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps an office to its board by the naming pattern Swedish municipalities share (DOMAIN.md, "Who speaks"): the
 * office and the board carry the same first part, "-förvaltning(en)" or "-kontor(et)" becoming "-nämnd(en)", and
 * the municipality's central office (stadsledningskontoret, kommunledningskontoret, kommunkansliet) serves the
 * kommunstyrelse.
 */
final class GenericBoardResolver implements BoardResolver {

  private static final Map<String, String> CENTRAL_OFFICES =
      Map.of(
          "stadsledningskontoret", "Kommunstyrelsen",
          "kommunledningskontoret", "Kommunstyrelsen",
          "kommunkansliet", "Kommunstyrelsen",
          "stadskansliet", "Kommunstyrelsen",
          "kommunstyrelseförvaltningen", "Kommunstyrelsen",
          "stadsledningsförvaltningen", "Kommunstyrelsen",
          "regionledningskontoret", "Regionstyrelsen",
          "regionkansliet", "Regionstyrelsen");
  private static final Pattern DISTRICT = Pattern.compile("(?iu)(.+\\s)stadsdelsförvaltning(en)?");
  /**
   * The part of a board or office name before its last word that makes a pair one body: "Individ- och " in
   * "Individ- och familjenämnden", "Äldre samt vård- och " in "Äldre samt vård- och omsorgsnämnden". The first word
   * of the "samt" form must not itself be a board or office ("Socialnämnden samt kultur- och fritidsnämnden").
   */
  static final String PAIR_PREFIX =
      "(?:(?:(?!\\p{L}*(?:nämnd|styrelse|förvaltning|kontor)\\p{L}*\\s)\\p{L}{2,}\\s+samt\\s+)?\\p{L}{2,}-\\s+och\\s+)";
  /** "Nämnden för arbetsmarknad och vuxenutbildning": a board named by its fields rather than by a compound. */
  static final String FIELD_BOARD =
      "(?:nämnden|styrelsen)\\s+för\\s+(?!(?:att|det|den|de|en|ett|sin|sitt|sina|dess|detta|denna|varje|fram|in|ut)\\b)"
          + "\\p{Ll}{4,}(?:\\s*,\\s*\\p{Ll}{4,})*(?:\\s+och\\s+\\p{Ll}{4,})?";
  private static final Pattern FIELD_OFFICE = Pattern.compile("(?iu)förvaltningen\\s+(för\\s+\\p{Ll}{4,}(?:\\s*,\\s*\\p{Ll}{4,})*(?:\\s+och\\s+\\p{Ll}{4,})?)");
  private static final Pattern SPECIALIST = Pattern.compile("(?iu)(" + PAIR_PREFIX + "?)(\\p{L}[\\p{L}-]*?)(förvaltning|kontor)(en|et)?");

  @Override
  public String boardOf(String office) {
    if (office == null || office.isBlank()) {
      return null;
    }
    String name = office.strip().replaceAll("\\s+", " ");
    String central = CENTRAL_OFFICES.get(name.toLowerCase(Locale.ROOT));
    if (central != null) {
      return central;
    }
    Matcher field = FIELD_OFFICE.matcher(name);
    if (field.matches()) {
      return "Nämnden " + field.group(1);
    }
    Matcher district = DISTRICT.matcher(name);
    if (district.matches()) {
      return district.group(1) + "stadsdelsnämnd" + (district.group(2) == null ? "" : "en");
    }
    Matcher specialist = SPECIALIST.matcher(name);
    if (specialist.matches() && !specialist.group(2).contains(" ")) {
      String stem = specialist.group(1) + specialist.group(2);
      boolean definite = specialist.group(4) != null;
      return capitalise(stem) + (definite ? "nämnden" : "nämnd");
    }
    return null;
  }

  static String capitalise(String name) {
    return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }
}
