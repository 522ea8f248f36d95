package org.govtrace.core.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a list item at the start of a line and writes it in one form: bullets (•, –, -, *, ○ and the Symbol
 * font's private-use glyphs, already mapped to • by {@link WhitespaceNormalizer}) become "• ", numbered and
 * lettered items ("1.", "2)", "a)") keep their number.
 */
final class ListItems {

  private static final Pattern BULLET = Pattern.compile("^[•*–—\\-o○►▸✓](?:\\s+|(?=\\p{Lu}))(\\S.*)$");
  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}[.)]|\\p{Ll}\\))\\s+(\\S.*)$");

  /** The line as a normalised list item, or null when it does not start one. */
  String item(String line) {
    Matcher bullet = BULLET.matcher(line);
    if (bullet.matches() && !(line.startsWith("o") && !line.startsWith("o "))) {
      // A numbered item inside a bulleted list ("• 1. Nämnden …") keeps only its number.
      String numbered = numbered(bullet.group(1));
      return numbered != null ? numbered : "• " + bullet.group(1);
    }
    return numbered(line);
  }

  private static String numbered(String line) {
    Matcher numbered = NUMBERED.matcher(line);
    if (numbered.matches() && !numbered.group(2).matches("\\d.*")) {
      return numbered.group(1) + " " + numbered.group(2);
    }
    return null;
  }
}
