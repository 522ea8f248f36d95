package org.govtrace.core.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the letterhead block (brevhuvud: Handläggare, Telefon, Till, Datum, Dnr, the office, address, e-mail)
 * among the lines of a document and reads its labelled values. PDF extraction often places the block in the
 * middle of the body, after page 1's paragraphs, so it is found by its shape wherever it is: a cluster of short
 * lines with at least two labels, or one label and two other letterhead lines (dates, addresses, e-mail, office
 * names), widened over the letterhead lines around it.
 */
final class LetterheadFinder {

  /** The lines of the letterhead blocks (indexes into the list given to {@link #find}) and their values. */
  record Letterhead(Set<Integer> lines, Map<String, String> fields) {}

  private enum Kind { LABEL, METADATA, SHORT, BODY }

  private static final int MAX_LENGTH = 70;
  private static final Pattern LABEL_VALUE = Pattern.compile("^(\\s*:\\s*|\\s+)(\\S.*)$");
  private static final Pattern DATE =
      Pattern.compile("(?i)(\\d{4}-\\d{2}-\\d{2}|\\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \\d{4})");
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
  private static final Pattern PHONE = Pattern.compile("\\+?[\\d][\\d \\-()]{6,}\\d");
  private static final Pattern POSTCODE = Pattern.compile("(Box \\d+,?\\s*)?\\d{3} ?\\d{2}\\s+\\p{Lu}\\p{L}+.*");
  private static final Pattern DOMAIN = Pattern.compile("(https?://)?[\\w-]+(\\.[\\w-]+)+(/\\S*)?");
  private static final Pattern STREET = Pattern.compile("\\p{Lu}[\\p{L}.-]+( \\p{L}+)? \\d{1,4} ?\\p{L}?(,.*)?");
  private static final Pattern ORGANISATION =
      Pattern.compile(
          "(?iu).*(förvaltning|förvaltningen|nämnd|nämnden|kontor|kontoret|styrelsen|stad|kommun|region|regionen"
              + "|myndighet|myndigheten|verket|departementet|avdelning|avdelningen|enhet|enheten)");
  private static final Pattern DOCUMENT_KIND =
      Pattern.compile(
          "(?iu)(tjänsteutlåtande|tjänsteskrivelse|yttrande|remissvar|skrivelse|promemoria|pm|missiv|protokollsutdrag"
              + "|protokoll)");

  private final Map<String, String> labels = new LinkedHashMap<>();
  private final Pattern innerLabels;

  LetterheadFinder() {
    List<String[]> entries = new ArrayList<>();
    for (String entry : ResourceLines.read("letterhead-labels.txt")) {
      String[] parts = entry.split(":", 2);
      for (String label : parts[1].split("\\|")) {
        entries.add(new String[] {label.strip(), parts[0].strip()});
      }
    }
    // Longest first, so "Kopia till" wins over "Kopia" and "Dnr." over "Dnr".
    entries.sort(Comparator.comparingInt((String[] e) -> e[0].length()).reversed());
    entries.forEach(e -> labels.put(e[0].toLowerCase(Locale.ROOT), e[1]));
    // Inside a value only capitalised labels of three letters or more start a new field ("… Dnr NOR 2024/311").
    String alternatives =
        entries.stream()
            .map(e -> e[0])
            .filter(label -> label.length() >= 3 && Character.isUpperCase(label.charAt(0)) && !label.equals("Till"))
            .map(Pattern::quote)
            .reduce((a, b) -> a + "|" + b)
            .orElse("(?!)");
    this.innerLabels = Pattern.compile("(?<=\\s)(?:" + alternatives + ")(?=\\s*:|\\s+\\S)");
  }

  Letterhead find(List<Line> lines) {
    Kind[] kinds = new Kind[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      kinds[i] = classify(lines.get(i).text());
    }
    Set<Integer> block = new HashSet<>();
    int i = 0;
    while (i < lines.size()) {
      if (kinds[i] != Kind.LABEL) {
        i++;
        continue;
      }
      int first = i;
      int last = i;
      int labelCount = 1;
      for (int j = i + 1; j < lines.size() && j <= last + 8 && kinds[j] != Kind.BODY; j++) {
        if (kinds[j] == Kind.LABEL) {
          last = j;
          labelCount++;
        }
      }
      int start = widen(kinds, first, -1);
      int end = widen(kinds, last, +1);
      long metadata = countOf(kinds, start, end, Kind.METADATA);
      if (labelCount >= 2 || metadata >= 2) {
        for (int k = start; k <= end; k++) {
          block.add(k);
        }
      }
      i = end + 1;
    }
    return new Letterhead(Set.copyOf(block), fields(lines, kinds, block));
  }

  private static int widen(Kind[] kinds, int from, int step) {
    int edge = from;
    for (int k = from + step; k >= 0 && k < kinds.length; k += step) {
      if (kinds[k] == Kind.LABEL || kinds[k] == Kind.METADATA) {
        edge = k;
        continue;
      }
      int next = k + step;
      boolean valueOfLabel = step > 0 && kinds[k - step] == Kind.LABEL;
      boolean between = next >= 0 && next < kinds.length && (kinds[next] == Kind.LABEL || kinds[next] == Kind.METADATA);
      if (kinds[k] != Kind.SHORT || !(valueOfLabel || between)) {
        break;
      }
      // A short line after a label or between letterhead lines (a name, a title such as "Förvaltningschef").
      edge = k;
    }
    return edge;
  }

  private static long countOf(Kind[] kinds, int start, int end, Kind kind) {
    long count = 0;
    for (int k = start; k <= end; k++) {
      if (kinds[k] == kind) {
        count++;
      }
    }
    return count;
  }

  private Kind classify(String text) {
    if (text.length() > MAX_LENGTH) {
      return Kind.BODY;
    }
    if (label(text) != null) {
      return Kind.LABEL;
    }
    if (DATE.matcher(text).matches()
        || EMAIL.matcher(text).matches()
        || PHONE.matcher(text).matches()
        || POSTCODE.matcher(text).matches()
        || (DOMAIN.matcher(text).matches() && !text.matches("[\\d.]+"))
        || STREET.matcher(text).matches()
        || (ORGANISATION.matcher(text).matches() && words(text) <= 5)
        || DOCUMENT_KIND.matcher(text).matches()) {
      return Kind.METADATA;
    }
    boolean sentence = text.matches(".*[.!?]$") && words(text) >= 4;
    return words(text) <= 5 && !sentence ? Kind.SHORT : Kind.BODY;
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  /** The label's canonical field and the value on the same line ("" when it stands on the next), or null. */
  private String[] label(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> entry : labels.entrySet()) {
      String label = entry.getKey();
      if (!lower.startsWith(label)) {
        continue;
      }
      String rest = text.substring(label.length());
      if (rest.isEmpty() || rest.matches("\\s*:\\s*")) {
        return new String[] {entry.getValue(), ""};
      }
      Matcher value = LABEL_VALUE.matcher(rest);
      if (value.matches()) {
        return new String[] {entry.getValue(), value.group(2).strip()};
      }
    }
    return null;
  }

  private Map<String, String> fields(List<Line> lines, Kind[] kinds, Set<Integer> block) {
    Map<String, String> fields = new LinkedHashMap<>();
    Set<Integer> used = new HashSet<>();
    List<Integer> ordered = block.stream().sorted().toList();
    for (int index : ordered) {
      String[] label = kinds[index] == Kind.LABEL ? label(lines.get(index).text()) : null;
      if (label == null) {
        continue;
      }
      used.add(index);
      String value = label[1];
      if (value.isEmpty() && block.contains(index + 1) && kinds[index + 1] != Kind.LABEL) {
        value = lines.get(index + 1).text();
        used.add(index + 1);
      }
      String[] onlyLabel = value.isEmpty() ? null : label(value);
      if (onlyLabel != null && onlyLabel[1].isEmpty()) {
        // Two label columns on one line ("Handläggare Till"): their values stand below, side by side.
        continue;
      }
      // A table row of the letterhead may hold several labels: "Datum 2024-05-20 Dnr NOR 2024/311".
      String field = label[0];
      while (!value.isEmpty()) {
        Matcher next = innerLabels.matcher(value);
        String own = next.find() ? value.substring(0, next.start()).strip() : value;
        if (!own.isEmpty()) {
          fields.putIfAbsent(field, own);
        }
        if (own.length() == value.length()) {
          break;
        }
        String[] inner = label(value.substring(next.start()));
        if (inner == null) {
          break;
        }
        field = inner[0];
        value = inner[1];
      }
    }
    for (int index : ordered) {
      if (used.contains(index)) {
        continue;
      }
      String text = lines.get(index).text();
      if (EMAIL.matcher(text).matches()) {
        fields.putIfAbsent("E-post", text);
      } else if (DATE.matcher(text).matches()) {
        fields.putIfAbsent("Datum", text);
      } else if (PHONE.matcher(text).matches()) {
        fields.putIfAbsent("Telefon", text);
      } else if (DOCUMENT_KIND.matcher(text).matches()) {
        fields.putIfAbsent("Dokument", text);
      } else if (ORGANISATION.matcher(text).matches() && words(text) <= 5) {
        fields.putIfAbsent("Avsändare", text);
      }
    }
    return fields;
  }
}
