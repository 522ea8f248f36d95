package org.govtrace.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable Swedish source of one bundled sample document, parsed from the small line format kept under
 * {@code src/test/resources/corpus-source/}.
 *
 * <p>The format: directives {@code @key value} at the top ({@code @format pdf|docx|odt|html|txt},
 * {@code @title}, {@code @header}, {@code @footer}, {@code @encoding}, {@code @newline}, {@code @wrap},
 * {@code @hyphenate auto} to let wrapped formats hyphenate long words at a syllable start); an
 * optional {@code @letterhead} … {@code @end} block with one letterhead line per line; then one block per
 * line: {@code # } and {@code ## } headings, {@code - } list items, {@code 1. } numbered items, {@code @page}
 * for a page break, anything else a paragraph. A {@code ~} inside a word marks where a renderer that wraps
 * lines may hyphenate it; it is removed everywhere else.
 *
 * @param name file name without extension, shared by the source and the generated document
 * @param meta the directives, in file order
 * @param letterhead the letterhead lines (Handläggare, Telefon, Till, Datum, Dnr …), possibly empty
 * @param blocks the body
 */
record CorpusSource(String name, Map<String, String> meta, List<String> letterhead, List<CorpusSource.Block> blocks) {

  /** One block of the body. */
  sealed interface Block permits Heading, Paragraph, ListItem, PageBreak {
  }

  /** A heading of level 1 or 2. */
  record Heading(int level, String text) implements Block {
  }

  /** A paragraph of running text. */
  record Paragraph(String text) implements Block {
  }

  /** A bulleted ({@code number == 0}) or numbered list item. */
  record ListItem(int number, String text) implements Block {
  }

  /** A forced page break (only paged formats honour it). */
  record PageBreak() implements Block {
  }

  private static final Pattern NUMBERED = Pattern.compile("^(\\d+)\\.\\s+(.*)$");
  private static final Pattern DIRECTIVE = Pattern.compile("^@(\\w+)(?:\\s+(.*))?$");

  String format() {
    return meta.getOrDefault("format", "txt");
  }

  String title() {
    return meta.getOrDefault("title", name);
  }

  /** The text with the hyphenation marks removed, as every renderer but the PDF one shows it. */
  static String plain(String text) {
    return text.replace("~", "");
  }

  static CorpusSource read(Path file) {
    try {
      String fileName = file.getFileName().toString();
      return parse(fileName.substring(0, fileName.lastIndexOf('.')),
          Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read corpus source " + file + "; check the file exists.", e);
    }
  }

  static CorpusSource parse(String name, List<String> lines) {
    Map<String, String> meta = new LinkedHashMap<>();
    List<String> letterhead = new ArrayList<>();
    List<Block> blocks = new ArrayList<>();
    boolean inLetterhead = false;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (inLetterhead) {
        if (line.equals("@end")) {
          inLetterhead = false;
        } else {
          letterhead.add(line);
        }
        continue;
      }
      Matcher directive = DIRECTIVE.matcher(line);
      if (directive.matches()) {
        switch (directive.group(1)) {
          case "letterhead" -> inLetterhead = true;
          case "page" -> blocks.add(new PageBreak());
          default -> meta.put(directive.group(1), directive.group(2) == null ? "" : directive.group(2));
        }
        continue;
      }
      Matcher numbered = NUMBERED.matcher(line);
      if (line.startsWith("## ")) {
        blocks.add(new Heading(2, line.substring(3)));
      } else if (line.startsWith("# ")) {
        blocks.add(new Heading(1, line.substring(2)));
      } else if (line.startsWith("- ")) {
        blocks.add(new ListItem(0, line.substring(2)));
      } else if (numbered.matches()) {
        blocks.add(new ListItem(Integer.parseInt(numbered.group(1)), numbered.group(2)));
      } else {
        blocks.add(new Paragraph(line));
      }
    }
    if (inLetterhead) {
      throw new IllegalArgumentException("Corpus source " + name + " opens @letterhead without @end; close it.");
    }
    return new CorpusSource(name, Map.copyOf(meta), List.copyOf(letterhead), List.copyOf(blocks));
  }
}
