package org.govtrace.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reflows wrapped lines into paragraphs and tells headings and list items from body text. A line continues the
 * paragraph above unless something marks a new one: a blank line (unless a sentence runs on over a page break),
 * a list item, a heading from the {@link HeadingLexicon}, an indented line starting with a capital where lines are
 * normally flush, or a short line ending a sentence. A short line without final punctuation that stands alone
 * and is followed by a paragraph is a heading by layout; after a known heading it opens a subsection (level 2).
 */
final class Reflower {

  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;”\"]$");
  private static final Pattern ANY_END = Pattern.compile(".*[.!?:;,”\"]$");
  private static final Pattern DASH_BULLET = Pattern.compile("^[*–—\\-o○►▸✓]\\s.*");

  private final HeadingLexicon headings;
  private final ListItems items;
  private final Dehyphenator dehyphenator;

  Reflower(HeadingLexicon headings, ListItems items, Dehyphenator dehyphenator) {
    this.headings = headings;
    this.items = items;
    this.dehyphenator = dehyphenator;
  }

  List<Block> reflow(List<Line> lines, Set<Integer> letterhead) {
    int width = typicalWidth(lines, letterhead);
    boolean indentationMeansBreak = lines.stream().filter(Line::indented).count() < 0.3 * lines.size();
    List<Draft> drafts = new ArrayList<>();
    Draft open = null;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      String text = line.text();
      if (letterhead.contains(i)) {
        drafts.add(Draft.of(Block.Kind.LETTERHEAD, line, text));
        open = null;
        continue;
      }
      if (isKnownHeading(text)) {
        drafts.add(Draft.heading(line, headings.withoutNumbering(text), Math.max(1, headings.numberingDepth(text))));
        open = null;
        continue;
      }
      String item = startsItem(text, open, line) ? items.item(text) : null;
      if (item != null) {
        open = Draft.of(Block.Kind.ITEM, line, item);
        drafts.add(open);
        continue;
      }
      if (open != null && continues(open, line, width, indentationMeansBreak)) {
        open.append(line, dehyphenator);
        continue;
      }
      open = Draft.of(Block.Kind.PARAGRAPH, line, text);
      drafts.add(open);
    }
    markLayoutHeadings(drafts, width);
    return drafts.stream().map(Draft::toBlock).toList();
  }

  private boolean isKnownHeading(String text) {
    if (text.length() > 90 || text.endsWith(".") && !text.matches("\\d+\\.")) {
      return false;
    }
    if (headings.isKnown(text)) {
      return true;
    }
    // "2.1 Rubrik": multi-level numbering is a heading; decision lists use "1." only.
    return headings.hasSectionNumbering(text) && !ANY_END.matcher(text).matches() && words(text) <= 12;
  }

  private boolean startsItem(String text, Draft open, Line line) {
    if (!DASH_BULLET.matcher(text).matches()) {
      return true;
    }
    // A dash at a line start may be a wrapped "40 – av 44": a bullet only after a break, a sentence or an item.
    return open == null
        || line.breakBefore()
        || open.kind == Block.Kind.ITEM
        || SENTENCE_END.matcher(open.lastLine).matches();
  }

  private static boolean continues(Draft open, Line line, int width, boolean indentationMeansBreak) {
    String previous = open.lastLine;
    String text = line.text();
    boolean lowerStart = Character.isLowerCase(text.codePointAt(0)) || text.startsWith("(");
    boolean previousOpen = previous.endsWith("-") || previous.endsWith(",") || !SENTENCE_END.matcher(previous).matches();
    if (open.kind == Block.Kind.HEADING || open.kind == Block.Kind.LETTERHEAD) {
      return false;
    }
    if (line.breakBefore() || line.page() != open.lastPage) {
      // A sentence running on over a page break continues; any other blank line ends the paragraph.
      return line.page() != open.lastPage && previousOpen && lowerStart;
    }
    if (open.kind == Block.Kind.ITEM) {
      return lowerStart || Character.isDigit(text.codePointAt(0)) || previous.endsWith("-") || previous.endsWith(",");
    }
    if (lowerStart || (Character.isDigit(text.codePointAt(0)) && !SENTENCE_END.matcher(previous).matches())) {
      return true;
    }
    if (indentationMeansBreak && line.indented() && !previous.endsWith("-")) {
      return false;
    }
    boolean shortPrevious = previous.length() < 0.7 * width;
    if (shortPrevious && SENTENCE_END.matcher(previous).matches()) {
      return false;
    }
    // A short line without final punctuation, alone so far, followed by a capital: a heading or a name line.
    return !(open.lineCount == 1 && previous.length() < 0.8 * width && !ANY_END.matcher(previous).matches());
  }

  private static void markLayoutHeadings(List<Draft> drafts, int width) {
    boolean[] layout = new boolean[drafts.size()];
    // Backwards, so that a heading directly above another heading ("Rättighetsområden" over "Rätten till
    // arbete") sees the one below already decided.
    for (int i = drafts.size() - 2; i >= 0; i--) {
      Draft draft = drafts.get(i);
      Draft next = drafts.get(i + 1);
      if (!hasHeadingShape(draft, width)) {
        continue;
      }
      boolean followedByBody =
          (next.kind == Block.Kind.PARAGRAPH
                  && (next.lineCount > 1 || SENTENCE_END.matcher(next.text).matches())
                  && next.text.length() > draft.text.length())
              || (layout[i + 1] && i + 2 < drafts.size());
      Draft previous = i == 0 ? null : drafts.get(i - 1);
      boolean afterBreak =
          previous == null
              || previous.kind != Block.Kind.PARAGRAPH
              || SENTENCE_END.matcher(previous.text).matches()
              || hasHeadingShape(previous, width);
      if (followedByBody && afterBreak) {
        layout[i] = true;
        draft.kind = Block.Kind.HEADING;
      }
    }
    // Forwards, for levels: under a known heading ("Förvaltningens synpunkter och förslag") a heading by layout
    // opens a subsection; a heading directly above another one is their parent.
    int base = 1;
    int level = 1;
    for (int i = 0; i < drafts.size(); i++) {
      Draft draft = drafts.get(i);
      if (draft.kind != Block.Kind.HEADING) {
        continue;
      }
      if (!layout[i]) {
        base = Math.min(draft.level + 1, 3);
        level = base;
        continue;
      }
      draft.level = level;
      if (i + 1 < drafts.size() && layout[i + 1]) {
        level = Math.min(draft.level + 1, 4);
      }
    }
  }

  private static boolean hasHeadingShape(Draft draft, int width) {
    String text = draft.text.toString();
    return draft.kind == Block.Kind.PARAGRAPH
        && draft.lineCount == 1
        && text.length() <= Math.max(40, 0.75 * width)
        && words(text) <= 10
        && Character.isUpperCase(text.codePointAt(0))
        && !ANY_END.matcher(text).matches()
        && !text.matches(".*\\d{4}-\\d{2}-\\d{2}.*")
        && !text.matches(".*\\d[/:]\\d.*|(?i)(dnr|diarienummer)\\b.*");
  }

  private static int typicalWidth(List<Line> lines, Set<Integer> letterhead) {
    int[] lengths = new int[lines.size()];
    int n = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (!letterhead.contains(i)) {
        lengths[n++] = lines.get(i).text().length();
      }
    }
    if (n == 0) {
      return 60;
    }
    int[] sorted = Arrays.copyOf(lengths, n);
    Arrays.sort(sorted);
    return Math.max(30, sorted[(int) Math.floor(0.9 * (n - 1))]);
  }

  private static int words(String text) {
    return text.strip().split("\\s+").length;
  }

  /** A block being built. */
  private static final class Draft {
    private Block.Kind kind;
    private int level;
    private final StringBuilder text = new StringBuilder();
    private final List<Block.PageStart> pageStarts = new ArrayList<>();
    private String lastLine;
    private int lastPage;
    private int lineCount;

    static Draft of(Block.Kind kind, Line line, String text) {
      Draft draft = new Draft();
      draft.kind = kind;
      draft.text.append(text);
      draft.pageStarts.add(new Block.PageStart(0, line.page()));
      draft.lastLine = text;
      draft.lastPage = line.page();
      draft.lineCount = 1;
      return draft;
    }

    static Draft heading(Line line, String text, int level) {
      Draft draft = of(Block.Kind.HEADING, line, text);
      draft.level = level;
      return draft;
    }

    void append(Line line, Dehyphenator dehyphenator) {
      switch (dehyphenator.joint(lastLine, line.text())) {
        case SPACE -> text.append(' ');
        case KEEP_HYPHEN -> {}
        case DROP_HYPHEN -> text.setLength(text.length() - 1);
      }
      int appendedAt = text.length();
      text.append(line.text());
      if (line.page() != lastPage) {
        pageStarts.add(new Block.PageStart(appendedAt, line.page()));
      }
      lastLine = line.text();
      lastPage = line.page();
      lineCount++;
    }

    Block toBlock() {
      return new Block(kind, text.toString(), kind == Block.Kind.HEADING ? level : 0, pageStarts);
    }
  }
}
