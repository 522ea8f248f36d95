package org.govtrace.core.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The generic Swedish governance lexicon ({@code lexicon.txt}): heading names and their voice, author
 * self-references, stance, proposal, resource and goal cues. Loaded once; immutable.
 */
final class Lexicon {

  static final String RESOURCE = "lexicon.txt";

  private final Map<String, List<String>> sections;
  private final String fingerprint;

  private Lexicon(Map<String, List<String>> sections, String fingerprint) {
    this.sections = sections;
    this.fingerprint = fingerprint;
  }

  /** The lexicon bundled with core. */
  static Lexicon bundled() {
    try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        // Part of the core jar: missing means a broken build, not a user error.
        throw new UncheckedIOException(new IOException("The bundled analysis " + RESOURCE + " is missing from govtrace-core; rebuild it."));
      }
      return parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("The bundled analysis " + RESOURCE + " cannot be read", e);
    }
  }

  static Lexicon parse(byte[] bytes) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    List<String> current = null;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
          continue;
        }
        if (entry.startsWith("[") && entry.endsWith("]")) {
          current = sections.computeIfAbsent(entry.substring(1, entry.length() - 1), k -> new ArrayList<>());
        } else if (current == null) {
          throw new IllegalStateException(RESOURCE + ": entry '" + entry + "' stands before any [section]");
        } else {
          current.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return new Lexicon(Map.copyOf(sections), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /** The entries of a section; empty when the section is absent. */
  List<String> entries(String section) {
    return sections.getOrDefault(section, List.of());
  }

  /** One case-insensitive pattern matching any entry of the section as whole words. */
  Pattern anyOf(String section) {
    List<String> entries = entries(section);
    if (entries.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    StringBuilder alternation = new StringBuilder();
    for (String entry : entries) {
      alternation.append(alternation.isEmpty() ? "" : "|").append("(?:").append(spaced(entry)).append(')');
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** One case-insensitive pattern matching a whole line that is any entry of the section. */
  Pattern wholeLine(String section) {
    String alternation = String.join("|", entries(section).stream().map(e -> "(?:" + spaced(e) + ")").toList());
    return Pattern.compile("(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?:" + alternation + ")\\s*:?(?:\\s+\\d+\\.)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The entries of a section as one regular-expression alternation, spaces standing for any white space. */
  String alternation(String section) {
    return "(?:" + String.join("|", entries(section).stream().map(e -> "(?:" + spaced(e) + ")").toList()) + ")";
  }

  /** A short hash of the lexicon text, part of the analysis fingerprint. */
  String fingerprint() {
    return fingerprint;
  }

  // A space in an entry stands for any run of white space, since PDF text breaks lines anywhere.
  private static String spaced(String entry) {
    // Java matches a look-behind with more than one unbounded repetition wrongly ("(?<!inte\\s+kan\\s+)x" finds "inte
    // kan x"), so inside a look-behind a space stands for a bounded run.
    StringBuilder out = new StringBuilder(entry.length() + 16);
    java.util.ArrayDeque<Boolean> groups = new java.util.ArrayDeque<>();
    int behind = 0;
    for (int i = 0; i < entry.length(); i++) {
      char c = entry.charAt(i);
      if (c == '\\' && i + 1 < entry.length()) {
        out.append(c).append(entry.charAt(++i));
      } else if (c == '[') {
        // A character class is copied whole: its brackets and spaces are literal.
        int end = classEnd(entry, i);
        out.append(entry, i, end);
        i = end - 1;
      } else if (c == '(') {
        boolean lookBehind = entry.startsWith("(?<!", i) || entry.startsWith("(?<=", i);
        groups.push(lookBehind);
        behind += lookBehind ? 1 : 0;
        out.append(c);
      } else if (c == ')') {
        if (!groups.isEmpty() && groups.pop()) {
          behind--;
        }
        out.append(c);
      } else if (c == ' ') {
        out.append(behind > 0 ? "\\s{1,9}" : "\\s+");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The index just past the character class that opens at {@code start}. */
  private static int classEnd(String entry, int start) {
    int i = start + 1;
    if (i < entry.length() && entry.charAt(i) == '^') {
      i++;
    }
    if (i < entry.length() && entry.charAt(i) == ']') {
      i++;
    }
    for (; i < entry.length(); i++) {
      char c = entry.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == ']') {
        return i + 1;
      }
    }
    return entry.length();
  }
}
