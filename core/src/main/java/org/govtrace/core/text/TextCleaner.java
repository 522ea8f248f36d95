package org.govtrace.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govtrace.core.extract.Extraction;
import org.govtrace.core.model.DocumentText;
import org.govtrace.core.model.Page;
import org.govtrace.core.model.Span;

/**
 * Turns extraction output into readable text with pages, sections and the letterhead marked.
 * (First cut: NFC and page spans only; reflow, hyphenation, headers, sections and letterhead follow.)
 */
public final class TextCleaner {

  /** Cleans the pages of one extraction into one text whose offsets map back to pages. */
  public DocumentText clean(Extraction extraction) {
    StringBuilder text = new StringBuilder();
    List<Page> pages = new ArrayList<>();
    for (String raw : extraction.pages()) {
      int start = text.length();
      text.append(Normalizer.normalize(raw.strip(), Normalizer.Form.NFC));
      pages.add(new Page(pages.size() + 1, new Span(start, text.length())));
      text.append("\n\n");
    }
    return new DocumentText(text.toString(), pages, List.of(), List.of(), Map.of());
  }
}
