package org.govtrace.core.profile;

import java.util.List;
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
      Pattern.compile("(?iu)\\s+(?:från|till|som|och överlämnar|med dnr|dnr)\\s+.*$|\\s*\\(.*$|,\\s*" + DNR + ".*$|\\s+" + DNR + ".*$");
  private static final Set<String> NOT_A_TITLE_START = Set.of("från", "till", "den", "det", "detta", "denna", "ärendet");
  private static final Pattern NOT_A_TITLE =
      Pattern.compile("(?iu)(tjänsteutlåtande|yttrande|remissvar|promemoria|pm|protokoll|protokollsutdrag|\\d{4}-\\d{2}-\\d{2}|sida \\d+.*)");

  /** The title: the first short line before the first section, outside the letterhead; null if none. */
  String title(DocumentText text) {
    String body = text.text();
    int limit = text.sections().stream().mapToInt(s -> s.span().start()).min().orElse(Math.min(body.length(), 1500));
    int start = 0;
    for (String line : body.substring(0, Math.min(limit, body.length())).split("\n", -1)) {
      Span span = new Span(start, start + line.length());
      start += line.length() + 1;
      String candidate = line.strip();
      if (candidate.isEmpty() || text.inLetterhead(span) || candidate.length() > 200) {
        continue;
      }
      if (NOT_A_TITLE.matcher(candidate).matches() || candidate.split("\\s+").length > 25) {
        continue;
      }
      return candidate;
    }
    return null;
  }

  /** The title of the document responded to, or null. */
  String respondsTo(DocumentText text, String title) {
    if (title != null) {
      String fromTitle = referredIn(title);
      if (fromTitle != null) {
        return fromTitle;
      }
    }
    Matcher body = BODY_NAMES_REFERRAL.matcher(text.text());
    while (body.find()) {
      String candidate = clean(body.group(1));
      if (candidate != null) {
        return candidate;
      }
    }
    return null;
  }

  private String referredIn(String title) {
    Matcher named = TITLE_NAMES_REFERRAL.matcher(title);
    if (named.matches()) {
      return clean(named.group(1));
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

  /** The section headings, lower-cased, for the type classifier. */
  static List<String> headings(DocumentText text) {
    return text.sections().stream().map(Section::heading).map(h -> h.toLowerCase(Locale.ROOT)).toList();
  }
}
