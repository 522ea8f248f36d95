package org.govtrace.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govtrace.core.model.FindingKind;

/**
 * Finds the focus areas a document lists without a thesaurus concept for them: the items after a line such as
 * "Planen är indelad i tre målområden:", "Arbetet bedrivs inom fyra områden:" or "Insatsområden:", on the same
 * line or as the bullets and numbered items below it, or the bullets right under a heading such as "Strategins
 * fokusområden". Each item becomes a focus area (a rights area after "rättighetsområden") labelled with its own
 * words, up to a dash or colon that starts its description; a stated count ("fyra områden") bounds the list.
 */
final class FocusAreaListExtractor {

  private static final int MAX_ITEMS = 12;
  private static final int MAX_LABEL = 80;
  private static final int MAX_UNMARKED_WORDS = 6;
  private static final Pattern INLINE_ITEM = Pattern.compile("\\s*(?:[•◦▪‣●■□*·]|[–—-](?=\\s)|\\d{1,2}[.)](?=\\s)|[a-z]\\)(?=\\s))\\s*");
  private static final Pattern LABEL_END = Pattern.compile("\\s+[–—-]\\s+|:\\s|\\.\\s|\\s*\\(");
  private static final Pattern COUNT = Pattern.compile("(?iU)\\b(två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|\\d{1,2})\\b");
  private static final List<String> COUNT_WORDS = List.of("två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv");
  private static final Pattern RIGHTS = Pattern.compile("(?iU)rättighetsområde");

  private final Pattern intro;
  private final Pattern heading;
  private final Pattern listHeading;
  private final Pattern otherDocument;
  private boolean inList;
  private int items;
  private int limit;
  private FindingKind kind = FindingKind.FOCUS_AREA;
  // Once the items carry bullets or numbers, a line without one ends the list.
  private boolean bulleted;

  FocusAreaListExtractor(Lexicon lexicon) {
    this.intro = lexicon.anyOf("focus.list.re");
    this.heading = lexicon.anyOf("focus.heading.re");
    this.listHeading = lexicon.wholeLine("focus.heading.list.re");
    this.otherDocument = lexicon.anyOf("focus.other.re");
  }

  /** A fresh state for one document: lists do not run across documents. */
  FocusAreaListExtractor(FocusAreaListExtractor rules) {
    this.intro = rules.intro;
    this.heading = rules.heading;
    this.listHeading = rules.listHeading;
    this.otherDocument = rules.otherDocument;
  }

  /** The focus areas the sentence lists; remembers whether a list is open for the sentences that follow. */
  List<Hit> extract(PlacedSentence sentence) {
    String body = sentence.body();
    // A line that introduces a list or heads one area is never an item of the list before it.
    if (inList && (intro.matcher(body).find() || heading.matcher(body.strip()).lookingAt() || body.strip().endsWith(":"))) {
      inList = false;
    }
    if (inList) {
      boolean marked = sentence.marked();
      Optional<String> item = label(body);
      // The text cleaner may have dropped the bullets: then a long line is the prose after the list, not an area.
      boolean prose = !marked && item.map(l -> l.split(" ").length > MAX_UNMARKED_WORDS).orElse(true);
      if (sentence.listItem() && (marked || !bulleted) && !prose && items < limit && !body.isBlank()) {
        bulleted |= marked;
        items++;
        return item.map(l -> List.of(hit(kind, l, "focus:listpunkt"))).orElse(List.of());
      }
      inList = false;
    }
    // A heading naming the areas ("Strategins fokusområden") opens a list as an introducing line does: the short
    // lines right below it are its items (the segmenter may have cut their bullets off), prose ends it.
    if (listHeading.matcher(body.strip()).matches()) {
      open(body, 0);
      bulleted = false;
      return List.of();
    }
    Matcher numbered = heading.matcher(body.strip());
    if (numbered.lookingAt()) {
      return label(body.strip().substring(numbered.end())).map(l -> List.of(hit(kindOf(numbered.group()), l, "focus:rubrik"))).orElse(List.of());
    }
    Matcher m = intro.matcher(body);
    if (!m.find() || otherDocument.matcher(body).find()) {
      return List.of();
    }
    int colon = body.indexOf(':', m.start());
    String rest = colon < 0 ? "" : body.substring(colon + 1).strip();
    List<Hit> hits = new ArrayList<>();
    kind = kindOf(m.group());
    if (!rest.isEmpty()) {
      String[] parts = INLINE_ITEM.matcher(rest).find() ? INLINE_ITEM.split(rest) : rest.split("\\s*[;,]\\s*");
      for (String part : parts) {
        label(part).ifPresent(l -> hits.add(hit(kind, l, "focus:lista")));
      }
    }
    // A list that ends its line continues below it; items given on the line itself close it.
    open(m.group(), hits.size());
    inList = hits.size() <= 1;
    bulleted = false;
    return hits.size() <= 1 && rest.split("\\s+").length > 8 ? List.of() : hits;
  }

  private void open(String intro, int found) {
    inList = true;
    kind = kindOf(intro);
    items = found;
    // "fyra områden:" promises four items: a fifth bullet is something else (a note, the next list).
    Matcher count = COUNT.matcher(intro);
    limit = MAX_ITEMS;
    if (count.find()) {
      String n = count.group(1).toLowerCase(Locale.ROOT);
      limit = Character.isDigit(n.charAt(0)) ? Math.min(MAX_ITEMS, Integer.parseInt(n)) : COUNT_WORDS.indexOf(n) + 2;
    }
  }

  private static FindingKind kindOf(String intro) {
    return RIGHTS.matcher(intro).find() ? FindingKind.RIGHTS_AREA : FindingKind.FOCUS_AREA;
  }

  private static Optional<String> label(String item) {
    // One item a line: a line break ends it, and only a leading bullet is stripped.
    String line = item.strip();
    int newline = line.indexOf('\n');
    if (newline > 0) {
      line = line.substring(0, newline);
    }
    Matcher bullet = INLINE_ITEM.matcher(line);
    String text = (bullet.lookingAt() ? line.substring(bullet.end()) : line).replaceAll("\\s+", " ").strip();
    Matcher end = LABEL_END.matcher(text);
    if (end.find() && end.start() > 2) {
      text = text.substring(0, end.start());
    }
    text = text.replaceAll("[\\s.;:,]+$", "").strip();
    if (text.length() < 3 || text.length() > MAX_LABEL || !Character.isLetter(text.charAt(0))) {
      return Optional.empty();
    }
    return Optional.of(Character.toUpperCase(text.charAt(0)) + text.substring(1));
  }

  private static Hit hit(FindingKind kind, String label, String rule) {
    return new Hit(kind, label.toLowerCase(Locale.ROOT), null, null, label, rule);
  }
}
