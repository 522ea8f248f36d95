package org.govtrace.core.profile;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who speaks (DOMAIN.md, "Who speaks"): the authoring office (förvaltning, kontor) and the issuing board
 * (nämnd, styrelse). The office is the letterhead's sender or the named office the text mentions most; the board
 * is the letterhead's addressee of a tjänsteutlåtande, the board a decision is proposed to ("föreslår att
 * socialnämnden beslutar"), or the office's board by the {@link BoardResolver}.
 */
final class ActorFinder {

  private static final Pattern DISTRICT_OFFICE =
      Pattern.compile("(?u)(?<![\\p{L}])(\\p{Lu}[\\p{L}]+(?:[- ]\\p{Lu}[\\p{L}]+)?) stadsdelsförvaltning(?![\\p{L}])");
  private static final Pattern NAMED_OFFICE =
      Pattern.compile("(?iu)(?<![\\p{L}-])(\\p{L}{3,}(?:förvaltningen|kontoret))(?![\\p{L}])");
  private static final Pattern DISTRICT_BOARD =
      Pattern.compile("(?u)(?<![\\p{L}])(\\p{Lu}[\\p{L}]+(?:[- ]\\p{Lu}[\\p{L}]+)?) stadsdelsnämnd(?![\\p{L}])");
  private static final Pattern NAMED_BOARD = Pattern.compile("(?iu)^(\\p{L}{3,}(nämnden|nämnd|styrelsen|styrelse|fullmäktige))$");
  private static final Pattern PROPOSED_TO =
      Pattern.compile(
          "(?iu)föreslår\\s+att\\s+(\\p{L}+(?:\\s\\p{L}+)?)\\s+(beslutar|överlämnar|godkänner|hänvisar|antar|avstyrker|tillstyrker|yttrar)");
  // Offices named by role, not by name, and words that only look like offices.
  private static final Set<String> UNNAMED =
      Set.of("förvaltningen", "stadsdelsförvaltningen", "fackförvaltningen", "kontoret", "huvudkontoret",
          "förvaltningskontoret");
  private static final Set<String> UNNAMED_BOARDS =
      Set.of("nämnden", "stadsdelsnämnden", "facknämnden", "styrelsen", "bolagsstyrelsen", "nämnd", "styrelse");

  private final BoardResolver boards;

  ActorFinder(BoardResolver boards) {
    this.boards = boards;
  }

  /** The office that wrote the text, or null. */
  String office(String text, Map<String, String> letterhead) {
    String sender = letterhead.get("Avsändare");
    if (sender != null && isOffice(sender)) {
      return sender;
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    Matcher district = DISTRICT_OFFICE.matcher(text);
    while (district.find()) {
      counts.merge(district.group(1) + " stadsdelsförvaltning", 1, Integer::sum);
    }
    Matcher named = NAMED_OFFICE.matcher(text);
    while (named.find()) {
      String name = named.group(1).toLowerCase(Locale.ROOT);
      if (!UNNAMED.contains(name)) {
        counts.merge(GenericBoardResolver.capitalise(name), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /** The board the text speaks for, or null. */
  String board(String text, Map<String, String> letterhead, String office) {
    String addressee = letterhead.get("Till");
    if (addressee != null && isBoard(addressee)) {
      return addressee.strip();
    }
    Matcher proposed = PROPOSED_TO.matcher(text);
    while (proposed.find()) {
      String name = proposed.group(1);
      String[] words = name.split("\\s");
      String last = words[words.length - 1];
      if (words.length == 2 && last.toLowerCase(Locale.ROOT).equals("stadsdelsnämnd")) {
        return name;
      }
      if (isBoard(last) && !UNNAMED_BOARDS.contains(last.toLowerCase(Locale.ROOT))) {
        return GenericBoardResolver.capitalise(last);
      }
    }
    return office == null ? null : boards.boardOf(office);
  }

  private static boolean isOffice(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith("förvaltning") || lower.endsWith("förvaltningen") || lower.endsWith("kontor")
        || lower.endsWith("kontoret") || lower.endsWith("kansliet");
  }

  private static boolean isBoard(String name) {
    String stripped = name.strip();
    return DISTRICT_BOARD.matcher(stripped).matches() || NAMED_BOARD.matcher(stripped).matches();
  }
}
