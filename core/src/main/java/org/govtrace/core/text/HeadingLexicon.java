package org.govtrace.core.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading names Swedish municipal documents use (Sammanfattning, Bakgrund, Ärendet, Förslag till beslut …),
 * read from {@code headings.txt}, and the shape of a numbered heading ("1.2 Rubrik").
 */
final class HeadingLexicon {

  private static final Pattern NUMBERING = Pattern.compile("^((?:\\d{1,2}\\.)*\\d{1,2})\\.?\\s+(\\p{Lu}.*)$");

  private final Set<String> names = new HashSet<>();
  private final List<String> prefixes = new ArrayList<>();

  HeadingLexicon() {
    for (String entry : ResourceLines.read("headings.txt")) {
      String name = entry.toLowerCase(Locale.ROOT);
      if (name.endsWith(" *")) {
        prefixes.add(name.substring(0, name.length() - 1));
      } else {
        names.add(name);
      }
    }
  }

  /** Whether the line, without numbering and a final colon, is a known heading name. */
  boolean isKnown(String line) {
    String name = withoutNumbering(line).toLowerCase(Locale.ROOT);
    if (name.endsWith(":")) {
      name = name.substring(0, name.length() - 1).strip();
    }
    if (names.contains(name)) {
      return true;
    }
    for (String prefix : prefixes) {
      if (name.startsWith(prefix) && name.length() <= 80) {
        return true;
      }
    }
    return false;
  }

  /** The heading text without "1.2 " numbering or a final colon. */
  String withoutNumbering(String line) {
    Matcher numbered = NUMBERING.matcher(line.strip());
    String text = numbered.matches() ? numbered.group(2) : line.strip();
    return text.endsWith(":") ? text.substring(0, text.length() - 1).strip() : text;
  }

  /** The depth of the heading's numbering ("1" → 1, "1.2" → 2), or 0 when it has none. */
  int numberingDepth(String line) {
    Matcher numbered = NUMBERING.matcher(line.strip());
    return numbered.matches() ? numbered.group(1).split("\\.").length : 0;
  }

  /** Whether the line has multi-level numbering such as "2.1 Rubrik", which lists of decisions never use. */
  boolean hasSectionNumbering(String line) {
    Matcher numbered = NUMBERING.matcher(line.strip());
    return numbered.matches() && numbered.group(1).contains(".");
  }
}
