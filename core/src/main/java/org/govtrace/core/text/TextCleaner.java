package org.govtrace.core.text;

import java.util.ArrayList;
import java.util.List;
import org.govtrace.core.extract.Extraction;
import org.govtrace.core.model.DocumentText;

/**
 * Turns extraction output into readable text: Unicode and white space normalised, running headers, footers and
 * page numbers removed, words split by a line-end hyphen rejoined, wrapped lines reflowed into paragraphs (one
 * blank line between them), bullets written as list items on their own lines, headings on their own lines and
 * the letterhead block recognised as metadata. Offsets into the cleaned text map back to the pages.
 *
 * <p>Each step is a small class; {@link #clean} is the whole chain. Stateless after construction and safe for
 * many threads.
 */
public final class TextCleaner {

  private final WhitespaceNormalizer normalizer = new WhitespaceNormalizer();
  private final LineSplitter splitter = new LineSplitter();
  private final RunningLineFilter runningLines = new RunningLineFilter();
  private final LetterheadFinder letterheads = new LetterheadFinder();
  private final Reflower reflower = new Reflower(new HeadingLexicon(), new ListItems(), new Dehyphenator());
  private final TextAssembler assembler = new TextAssembler();

  /** Cleans the pages of one extraction into one text whose offsets map back to its pages. */
  public DocumentText clean(Extraction extraction) {
    List<String> rawPages = extraction.pages();
    if (rawPages.size() == 1 && rawPages.get(0).indexOf('\f') >= 0) {
      // Plain text from pdftotext and similar tools marks page breaks with form feeds.
      rawPages = List.of(rawPages.get(0).split("\f", -1));
    }
    List<List<Line>> pages = new ArrayList<>(rawPages.size());
    for (int i = 0; i < rawPages.size(); i++) {
      pages.add(splitter.split(normalizer.normalize(rawPages.get(i)), i + 1));
    }
    List<Line> lines = runningLines.filter(pages).stream().flatMap(List::stream).toList();
    if (!isWrapped(extraction.mediaType(), lines)) {
      lines = lines.stream().map(Line::withBreakBefore).toList();
    }
    LetterheadFinder.Letterhead letterhead = letterheads.find(lines);
    List<Block> blocks = reflower.reflow(lines, letterhead.lines());
    return assembler.assemble(blocks, rawPages.size(), letterhead.fields());
  }

  /**
   * Whether the lines are wrapped at a page width, as in PDF and most plain text, rather than one paragraph a line,
   * as Tika writes word-processor documents, HTML and slides. Plain text with long lines is one paragraph a line.
   */
  private static boolean isWrapped(String mediaType, List<Line> lines) {
    String type = mediaType == null ? "" : mediaType;
    if (!type.equals("application/pdf") && !type.startsWith("text/plain") && !type.isEmpty()) {
      return false;
    }
    int[] lengths = lines.stream().mapToInt(line -> line.text().length()).sorted().toArray();
    return lengths.length == 0 || lengths[(int) Math.floor(0.9 * (lengths.length - 1))] <= 200;
  }
}
