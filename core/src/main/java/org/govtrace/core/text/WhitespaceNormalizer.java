package org.govtrace.core.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalises one page of extracted text: Unicode NFC, one kind of line end, one kind of space, no invisible
 * characters, and the bullet glyphs of Symbol and Wingdings fonts (which PDF extraction returns as private-use
 * characters such as U+F0B7) turned into "•".
 */
final class WhitespaceNormalizer {

  private static final Pattern PRIVATE_USE_BULLET = Pattern.compile("[\\uF0A7\\uF0B7\\uF076\\uF0D8\\uF0FC\\uF0A8\\uF06E\\uF0E0]");
  private static final Pattern OTHER_BULLET = Pattern.compile("[\\u25AA\\u25A0\\u25CF\\u25E6\\u2023\\u2043\\u25CB\\u2219\\u00B7\\u27A2\\u2794]");
  private static final Pattern SPACES = Pattern.compile("[\\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]");
  private static final Pattern RUN_OF_SPACES = Pattern.compile("(?<=\\S) {2,}");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]");

  String normalize(String raw) {
    String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
    text = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n').replace('\u2028', '\n');
    text = INVISIBLE.matcher(text).replaceAll("");
    text = CONTROL.matcher(text).replaceAll(" ");
    text = SPACES.matcher(text).replaceAll(" ");
    text = RUN_OF_SPACES.matcher(text).replaceAll(" ");
    text = PRIVATE_USE_BULLET.matcher(text).replaceAll("•");
    return OTHER_BULLET.matcher(text).replaceAll("•");
  }
}
