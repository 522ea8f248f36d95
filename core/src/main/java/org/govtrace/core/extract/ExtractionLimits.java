package org.govtrace.core.extract;

import java.time.Duration;

/**
 * The limits one extraction runs under.
 *
 * @param maxCharacters the most characters kept per file (default 5,000,000); past it the text is kept and
 *     marked truncated; {@link #UNLIMITED} to disable
 * @param timeout the longest one file may take (default 60 s)
 */
public record ExtractionLimits(long maxCharacters, Duration timeout) {

  /** No limit. */
  public static final long UNLIMITED = -1;

  /** The defaults: 5,000,000 characters and 60 seconds per file. */
  public static final ExtractionLimits DEFAULT = new ExtractionLimits(5_000_000, Duration.ofSeconds(60));
}
