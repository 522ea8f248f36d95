package org.govtrace.core.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import org.govtrace.core.model.DocumentText;
import org.govtrace.core.model.Section;
import org.govtrace.core.model.Span;

/**
 * Finds sentence spans in cleaned text. Layout first: blank lines, letterhead blocks, headings, list items and
 * lines ending in a colon are hard boundaries, since the cleaner leaves each on its own line. Inside the blocks
 * between them the statistical sentence detector decides, and governance rules overrule it where it would end a
 * sentence after an abbreviation such as "t.ex." or "Dnr", after a bare list number, or before a lower-case word.
 */
final class SentenceSegmenter {

  /** A list marker at the start of a line: a bullet glyph, "1.", "2)", "1.3", "a)" or a Roman "IV.". */
  static final Pattern LIST_MARKER = Pattern.compile(
      "(?:[•▪◦○·●■□➢►✓\\-–—*\\uF0B7\\uF0A7\\uF076\\uF0D8\\uF0FC]|\\d{1,2}(?:\\.\\d{1,2})*[.)]|[a-zåäö][.)]|[IVX]{1,4}\\.)(?=\\s)");
  /** A bullet glyph that carries no words: left out of the item's sentence. */
  private static final Pattern BULLET = Pattern.compile("[•▪◦○·●■□➢►✓\\-–—*\\uF0B7\\uF0A7\\uF076\\uF0D8\\uF0FC]\\s+");
  /** A sentence that is nothing but a list number or paragraph sign, which the detector may cut off. */
  private static final Pattern MARKER_ONLY = Pattern.compile("(?:§\\s*)?(?:\\d{1,3}(?:\\.\\d{1,2})*|[a-zA-ZåäöÅÄÖ]|[IVX]{1,4})[.)]");
  /** Headings are short: a longer line without final punctuation is more likely a sentence the cleaner broke. */
  private static final int HEADING_MAX_CHARS = 90;

  private SentenceSegmenter() {}

  /** The sentence spans of the body text, in order, trimmed, outside letterhead blocks. */
  static List<Span> sentences(DocumentText text, SentenceDetectorME detector) {
    List<Span> sentences = new ArrayList<>();
    for (Span block : blocks(text)) {
      split(text.text(), block, detector, sentences);
    }
    return sentences;
  }

  /** Runs of lines that may hold several sentences but never share one with another run. */
  static List<Span> blocks(DocumentText text) {
    String body = text.text();
    Set<Integer> headingStarts = new HashSet<>();
    for (Section section : text.sections()) {
      headingStarts.add(section.span().start());
    }
    List<Span> blocks = new ArrayList<>();
    int blockStart = -1;
    int blockEnd = -1;
    boolean previousEndsHard = true;
    int lineStart = 0;
    while (lineStart <= body.length()) {
      int newline = body.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? body.length() : newline;
      int start = skipSpace(body, lineStart, lineEnd);
      int end = trimEnd(body, start, lineEnd);
      Span line = new Span(start, end);
      if (line.length() == 0 || text.inLetterhead(line)) {
        blockStart = close(blocks, blockStart, blockEnd);
        previousEndsHard = true;
      } else {
        boolean listItem = LIST_MARKER.matcher(body).region(start, end).lookingAt();
        boolean continuation = Character.isLowerCase(body.codePointAt(start)) && !listItem;
        if (blockStart >= 0 && (listItem || (previousEndsHard && !continuation))) {
          blockStart = close(blocks, blockStart, blockEnd);
        }
        if (blockStart < 0) {
          blockStart = start;
        }
        blockEnd = end;
        char last = body.charAt(end - 1);
        boolean heading = headingStarts.contains(lineStart) || headingStarts.contains(start)
            || (line.length() <= HEADING_MAX_CHARS && ".!?,;…\"”'»)".indexOf(last) < 0 && !listItem);
        previousEndsHard = heading || listItem || last == ':';
      }
      if (newline < 0) {
        break;
      }
      lineStart = newline + 1;
    }
    close(blocks, blockStart, blockEnd);
    return blocks;
  }

  private static int close(List<Span> blocks, int start, int end) {
    if (start >= 0 && end > start) {
      blocks.add(new Span(start, end));
    }
    return -1;
  }

  private static void split(String body, Span block, SentenceDetectorME detector, List<Span> out) {
    int start = block.start();
    Matcher bullet = BULLET.matcher(body).region(start, block.end());
    if (bullet.lookingAt()) {
      start = bullet.end();
    }
    if (start >= block.end()) {
      return;
    }
    String blockText = body.substring(start, block.end());
    opennlp.tools.util.Span[] found = detector.sentPosDetect(blockText);
    Span pending = null;
    for (opennlp.tools.util.Span piece : found) {
      Span sentence = new Span(start + piece.getStart(), start + piece.getEnd());
      if (pending != null && glued(body, pending, sentence)) {
        pending = new Span(pending.start(), sentence.end());
      } else {
        if (pending != null) {
          out.add(pending);
        }
        pending = sentence;
      }
    }
    if (pending != null) {
      // The detector drops trailing text it cannot place; the block's end is the last sentence's end.
      out.add(new Span(pending.start(), Math.max(pending.end(), trimEnd(body, pending.end(), block.end()))));
    } else {
      out.add(new Span(start, block.end()));
    }
  }

  /** Whether the detector's boundary between the two sentences is one the governance rules overrule. */
  private static boolean glued(String body, Span before, Span after) {
    String previous = body.substring(before.start(), before.end());
    int lastSpace = Math.max(previous.lastIndexOf(' '), previous.lastIndexOf('\n'));
    String lastWord = previous.substring(lastSpace + 1);
    if (SwedishAbbreviations.neverFinal(lastWord) || MARKER_ONLY.matcher(previous).matches()) {
      return true;
    }
    if (SwedishAbbreviations.isInitial(lastWord)) {
      // "A. I. Rabin", "Anna K. Svensson": a name goes on; "bilaga A." before a new sentence does not.
      String head = previous.substring(0, Math.max(lastSpace, 0)).strip();
      String wordBefore = head.substring(Math.max(head.lastIndexOf(' '), head.lastIndexOf('\n')) + 1);
      String next = body.substring(after.start(), Math.min(after.end(), after.start() + 3));
      boolean nameBefore = !wordBefore.isEmpty() && Character.isUpperCase(wordBefore.codePointAt(0));
      if (nameBefore || SwedishAbbreviations.isInitial(next.strip().length() >= 2 ? next.substring(0, 2) : next)) {
        return true;
      }
    }
    int first = body.codePointAt(after.start());
    return Character.isLowerCase(first);
  }

  private static int skipSpace(String body, int from, int to) {
    while (from < to && Character.isWhitespace(body.charAt(from))) {
      from++;
    }
    return from;
  }

  private static int trimEnd(String body, int from, int to) {
    while (to > from && Character.isWhitespace(body.charAt(to - 1))) {
      to--;
    }
    return to;
  }
}
