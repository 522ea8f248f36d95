package org.govtrace.core.profile;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govtrace.core.model.DocumentText;
import org.govtrace.core.model.Section;
import org.govtrace.core.model.Span;

/**
 * Finds a document's title (the first line of the body before its first section, outside the letterhead) and the
 * title of the document it responds to: from the title's own form ("Svar på remiss om X", "Remiss av X", "Yttrande
 * över X", "X, KS 2025/809. Remiss") or from the body ("… som svar på remissen om X").
 */
final class TitleFinder {

  private static final String DNR = "(?:dnr\\.?\\s*)?(?:\\p{Lu}{2,6}\\s*(?:19|20)\\d{2}/\\d{1,6}|\\p{Lu}\\p{Ll}{1,2}(?:19|20)\\d{2}/\\d+(?:/\\p{Lu}+)?)";
  private static final Pattern TITLE_NAMES_REFERRAL =
      Pattern.compile(
          "(?iu)^(?:svar på remiss(?:en)?|remissvar|remissyttrande|yttrande|remiss|synpunkter)\\s*"
              + "(?:(?:av|om|över|angående|gällande|avseende|på|beträffande)\\s+|[:–-]\\s*)(.+)$");
  private static final Pattern TITLE_ENDS_WITH_REFERRAL =
      Pattern.compile("(?iu)^(.+?)[,.]?\\s*(?:" + DNR + ")?[,.]?\\s*[–-]?\\s*(?:remiss|remissvar|svar på remiss)\\.?$");
  private static final Pattern BODY_NAMES_REFERRAL =
      Pattern.compile(
          "(?iu)(?:svar på remiss(?:en)?|yttrande|synpunkter på remiss(?:en)?|remiss(?:en)?)\\s+"
              + "(?:av|om|över|angående|gällande|avseende|beträffande)\\s+([^.;:\\n]+)");
  private static final Pattern CUT =
      // "till" ends the title ("… till kommunstyrelsen") except in "förslag till X", which names the draft itself.
      Pattern.compile("(?iu)\\s+(?:från|som|och överlämnar|med dnr|dnr)\\s+.*$|(?<!förslag|förslaget|förslagen)\\s+till\\s+.*$|\\s*\\(.*$|,\\s*" + DNR + ".*$|\\s+" + DNR + ".*$");
  private static final Pattern ORGANISATION =
      Pattern.compile("(?iu)(\\p{L}+\\s)*\\p{L}*(stad|kommun|region|regionen|förvaltning|förvaltningen|kontoret|nämnd|nämnden|styrelsen)");
  private static final Pattern TITLE_THEN_REFERRAL =
      Pattern.compile("(?iu)^(.+?)\\s+[–-]\\s+(?:svar på remiss(?:en)?|remissvar|remissyttrande|yttrande|remiss)\\b.*$");
  private static final Set<String> NOT_A_TITLE_START = Set.of("från", "till", "den", "det", "detta", "denna", "ärendet");
  private static final Pattern NOT_A_TITLE =
      Pattern.compile("(?iu)(tjänsteutlåtande|yttrande|remissvar|promemoria|pm|protokoll|protokollsutdrag|\\d{4}-\\d{2}-\\d{2}|sida \\d+.*"
              + "|(dnr|diarienummer|diarienr|handläggare|datum|till|telefon)\\b.*)");

  /** The title: the first short line before the first section, outside the letterhead; null if none. */
  String title(DocumentText text) {
    String body = text.text();
    int limit = Math.min(body.length(), 1500);
    if (!text.sections().isEmpty()) {
      Section first = text.sections().get(0);
      // A heading of several words may itself be the title ("Yttrande över …"); a one-word one is a section name.
      boolean titleLike = first.heading().split("\\s+").length >= 3;
      limit = titleLike ? Math.min(body.length(), first.span().start() + first.heading().length()) : first.span().start();
    }
    int start = 0;
    for (String line : body.substring(0, Math.min(limit, body.length())).split("\n", -1)) {
      Span span = new Span(start, start + line.length());
      start += line.length() + 1;
      String candidate = line.strip();
      if (candidate.isEmpty() || text.inLetterhead(span) || candidate.length() > 200) {
        continue;
      }
      candidate = mainSegment(candidate);
      if (candidate == null || NOT_A_TITLE.matcher(candidate).matches() || candidate.split("\\s+").length > 25) {
        continue;
      }
      return candidate;
    }
    return null;
  }

  /**
   * A running header ("Älvstads stad • Strategi för … • Dnr KS 2018/412") names the title among the organisation,
   * the document kind and the diary number: the longest segment that is none of those, or null when none is left.
   */
  private static String mainSegment(String line) {
    String[] segments = line.split("\\s+[•|·]\\s+");
    if (segments.length == 1) {
      return line;
    }
    String best = null;
    for (String segment : segments) {
      String part = segment.strip();
      if (NOT_A_TITLE.matcher(part).matches() || ORGANISATION.matcher(part).matches() || part.matches("(?iu)remissversion|utkast|förslag")) {
        continue;
      }
      if (best == null || part.length() > best.length()) {
        best = part;
      }
    }
    return best;
  }

  /** The title of the document responded to, or null. */
  String respondsTo(DocumentText text, String title) {
    String fromTitle = title == null ? null : referredIn(title);
    Matcher body = BODY_NAMES_REFERRAL.matcher(text.text());
    while (body.find()) {
      String candidate = clean(body.group(1));
      if (candidate == null) {
        continue;
      }
      if (fromTitle == null) {
        return candidate;
      }
      // The body may name the document in full where the title shortens it: "… i Älvstads stad".
      String shortName = fromTitle.toLowerCase(Locale.ROOT);
      if (candidate.length() > fromTitle.length() && candidate.toLowerCase(Locale.ROOT).startsWith(shortName)) {
        return candidate;
      }
    }
    return fromTitle;
  }

  private String referredIn(String title) {
    Matcher named = TITLE_NAMES_REFERRAL.matcher(title);
    if (named.matches()) {
      return clean(named.group(1));
    }
    Matcher then = TITLE_THEN_REFERRAL.matcher(title);
    if (then.matches()) {
      return clean(then.group(1));
    }
    Matcher ends = TITLE_ENDS_WITH_REFERRAL.matcher(title);
    if (ends.matches()) {
      return clean(ends.group(1));
    }
    return null;
  }

  private static String clean(String raw) {
    String candidate = CUT.matcher(raw.strip()).replaceFirst("").strip();
    candidate = candidate.replaceAll("[\\s,.;:–-]+$", "").replaceAll("\\s+", " ");
    String[] words = candidate.split(" ");
    if (words.length < 2 || NOT_A_TITLE_START.contains(words[0].toLowerCase(Locale.ROOT))) {
      return null;
    }
    return Character.toUpperCase(candidate.charAt(0)) + candidate.substring(1);
  }
}
