package org.govtrace.core.extract;

import java.util.List;
import java.util.Map;

/**
 * The raw text Tika got out of one file, page by page (slide by slide for presentations).
 *
 * @param source the file name or path it was read from
 * @param mediaType the media type detected from the content, such as {@code application/pdf}
 * @param pages the text of each page in order; a format without pages gives one
 * @param metadata Tika's metadata, such as {@code dc:title}, with single values
 * @param truncated whether the text stopped at the size limit
 */
public record Extraction(
    String source, String mediaType, List<String> pages, Map<String, String> metadata, boolean truncated) {

  public Extraction {
    pages = List.copyOf(pages);
    metadata = Map.copyOf(metadata);
  }
}
