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
      Pattern.compile("(?iu)(?<![\\p{L}-])(" + GenericBoardResolver.PAIR_PREFIX + "?\\p{L}{3,}(?:förvaltningen|kontoret))(?![\\p{L}])");
  private static final Pattern DISTRICT_BOARD =
      Pattern.compile("(?u)(?<![\\p{L}])(\\p{Lu}[\\p{L}]+(?:[- ]\\p{Lu}[\\p{L}]+)?) stadsdelsnämnd(?![\\p{L}])");
  private static final Pattern FIELD_BOARD = Pattern.compile("(?iu)^" + GenericBoardResolver.FIELD_BOARD + "$");
  private static final Pattern PROPOSED_TO_FIELD_BOARD =
      Pattern.compile("(?iu)föreslår\\s+att\\s+(" + GenericBoardResolver.FIELD_BOARD + ")\\s+(?:beslutar|överlämnar|godkänner|hänvisar|antar|yttrar)");
  private static final Pattern NAMED_BOARD = Pattern.compile("(?iu)^(" + GenericBoardResolver.PAIR_PREFIX + "?\\p{L}{3,}(nämnden|nämnd|styrelsen|styrelse|fullmäktige))$");
  private static final Pattern PROPOSED_TO =
      Pattern.compile(
          "(?iu)föreslår\\s+att\\s+(" + GenericBoardResolver.PAIR_PREFIX + "?\\p{L}+(?:\\s\\p{L}+)?)\\s+(beslutar|överlämnar|godkänner|hänvisar|antar|avstyrker|tillstyrker|yttrar)");
  private static final Pattern SPEAKS =
      Pattern.compile(
          "(?u)(?<![\\p{L}])(\\p{Lu}(?:\\p{L}+(?:nämnden|styrelsen|fullmäktige)|\\p{L}*(?:\\s+samt\\s+\\p{L}{2,})?-\\s+och\\s+\\p{L}+(?:nämnden|styrelsen)))\\s+(?:har\\s+tagit\\s+del|lämnar\\s+följande"
              + "|avger|yttrar\\s+sig|tillstyrker|avstyrker|ställer\\s+sig)");
  // The cover or the lines under the title.
  private static final int HEAD = 800;
  private static final String BOARD_NAME = "(" + GenericBoardResolver.PAIR_PREFIX + "?\\p{L}{3,}(?:nämnden|styrelsen|fullmäktige)|(?:\\p{Lu}\\p{L}+ )stadsdelsnämnd)";
  private static final Pattern ADOPTED_BY =
      Pattern.compile("(?iu)\\b(?:antagen|antaget|antagna|fastställd|fastställt|beslutad|beslutat)\\s+av\\s+" + BOARD_NAME + "\\b");
  private static final Pattern COMMISSIONED_BY = Pattern.compile("(?iu)\\bpå\\s+uppdrag\\s+av\\s+" + BOARD_NAME + "\\b");
  private static final Pattern MADE_BY =
      Pattern.compile(
          "(?iu)\\b(?:framtagen|framtaget|framtagna|utarbetad|utarbetat|upprättad|upprättat|skriven|skrivet)\\s+av\\s+"
              + "(\\p{L}{3,}(?:förvaltningen|kontoret|kansliet)|\\p{Lu}\\p{L}+ stadsdelsförvaltning)\\b");
  private static final Pattern OWN_VOICE =
      Pattern.compile(
          "\\s+(anser|bedömer|föreslår|ser\\s|ställer|välkomnar|vill|saknar|efterfrågar|önskar|instämmer|tillstyrker"
              + "|avstyrker|delar|konstaterar|noterar|understryker|betonar|har\\s+tagit\\s+del|har\\s+inga)");
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
    String head = text.substring(0, Math.min(text.length(), HEAD));
    Matcher madeBy = MADE_BY.matcher(head);
    if (madeBy.find() && isOffice(madeBy.group(1))) {
      return GenericBoardResolver.capitalise(madeBy.group(1));
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    Matcher district = DISTRICT_OFFICE.matcher(text);
    while (district.find()) {
      counts.merge(district.group(1) + " stadsdelsförvaltning", weight(text, district.end()), Integer::sum);
    }
    Matcher named = NAMED_OFFICE.matcher(text);
    while (named.find()) {
      String name = named.group(1).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      if (!UNNAMED.contains(name)) {
        counts.merge(GenericBoardResolver.capitalise(name), weight(text, named.end()), Integer::sum);
      }
    }
    String often =
        counts.entrySet().stream()
            .filter(e -> e.getValue() >= 2)
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElse(null);
    if (often != null) {
      return often;
    }
    // Named once, on the cover or under the title ("Stadsledningskontoret, Älvstads stad"): the author.
    Matcher first = NAMED_OFFICE.matcher(head);
    while (first.find()) {
      if (!UNNAMED.contains(first.group(1).toLowerCase(Locale.ROOT))) {
        return GenericBoardResolver.capitalise(first.group(1).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
      }
    }
    Matcher firstDistrict = DISTRICT_OFFICE.matcher(head);
    return firstDistrict.find() ? firstDistrict.group(1) + " stadsdelsförvaltning" : null;
  }

  /**
   * A mention as the subject of the author's own voice ("Socialförvaltningen bedömer", DOMAIN.md "Voice matters
   * most") weighs more than a mention of another office, such as the one that wrote the plan under review.
   */
  private static int weight(String text, int end) {
    return OWN_VOICE.matcher(text).region(end, Math.min(text.length(), end + 40)).lookingAt() ? 3 : 1;
  }

  /** The board the text speaks for, or null. */
  String board(String text, Map<String, String> letterhead, String office) {
    // A steering document names the board that adopted it on its cover: "Antagen av kommunfullmäktige".
    Matcher adopted = ADOPTED_BY.matcher(text.substring(0, Math.min(text.length(), HEAD)));
    if (adopted.find()) {
      return GenericBoardResolver.capitalise(adopted.group(1).replaceAll("\\s+", " "));
    }
    String sender = letterhead.get("Avsändare");
    if (sender != null && isBoard(sender)) {
      return sender.strip();
    }
    // An office writes its tjänsteutlåtande to its own board: then the addressee is the issuing body.
    String addressee = letterhead.get("Till");
    if (addressee != null && isBoard(addressee)) {
      return addressee.strip();
    }
    Matcher toField = PROPOSED_TO_FIELD_BOARD.matcher(text);
    if (toField.find()) {
      return GenericBoardResolver.capitalise(toField.group(1).replaceAll("\\s+", " "));
    }
    Matcher proposed = PROPOSED_TO.matcher(text);
    while (proposed.find()) {
      String name = proposed.group(1).replaceAll("\\s+", " ");
      if (name.contains("- och ") && isBoard(name)) {
        return GenericBoardResolver.capitalise(name);
      }
      String[] words = name.split("\\s");
      String last = words[words.length - 1];
      if (words.length == 2 && last.toLowerCase(Locale.ROOT).equals("stadsdelsnämnd")) {
        return name;
      }
      if (isBoard(last) && !UNNAMED_BOARDS.contains(last.toLowerCase(Locale.ROOT))) {
        return GenericBoardResolver.capitalise(last);
      }
    }
    if (office != null) {
      String board = boards.boardOf(office);
      if (board != null) {
        return board;
      }
    }
    Matcher commissioned = COMMISSIONED_BY.matcher(text.substring(0, Math.min(text.length(), HEAD)));
    if (commissioned.find()) {
      return GenericBoardResolver.capitalise(commissioned.group(1));
    }
    // A statement the board writes itself: "Kommunstyrelsen lämnar följande yttrande".
    Matcher speaks = SPEAKS.matcher(text);
    while (speaks.find()) {
      if (!UNNAMED_BOARDS.contains(speaks.group(1).toLowerCase(Locale.ROOT))) {
        return speaks.group(1).replaceAll("\\s+", " ");
      }
    }
    return null;
  }

  private static boolean isOffice(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith("förvaltning") || lower.endsWith("förvaltningen") || lower.endsWith("kontor")
        || lower.endsWith("kontoret") || lower.endsWith("kansliet");
  }

  private static boolean isBoard(String name) {
    String stripped = name.strip();
    return DISTRICT_BOARD.matcher(stripped).matches() || NAMED_BOARD.matcher(stripped).matches() || FIELD_BOARD.matcher(stripped).matches();
  }
}
