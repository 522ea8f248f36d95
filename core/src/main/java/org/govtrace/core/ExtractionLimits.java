package org.govtrace.core;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits one extraction runs under, in the manner of Tika's {@code OutputLimits}. Limits that truncate
 * (characters) keep the text read so far and mark the document truncated; limits that protect (time, Tika's
 * zip-bomb ratio and nesting depth, always on) fail the file with a {@link GovTraceException} naming it.
 *
 * @param maxCharacters the most characters kept per file (default 5,000,000); past it the text is kept and marked
 *     truncated; {@link #UNLIMITED} to disable
 * @param timeout the longest one file may take (default 60 s); a parse that runs longer is abandoned and the
 *     file fails
 */
public record ExtractionLimits(long maxCharacters, Duration timeout) {

  /** No character limit. */
  public static final long UNLIMITED = -1;

  /** The defaults: 5,000,000 characters and 60 seconds per file. */
  public static final ExtractionLimits DEFAULT = new ExtractionLimits(5_000_000, Duration.ofSeconds(60));

  /**
   * Checks the limits.
   *
   * @param maxCharacters the most characters kept per file, or {@link #UNLIMITED}
   * @param timeout the longest one file may take, positive
   * @throws IllegalArgumentException when a limit is out of range
   */
  public ExtractionLimits {
    Objects.requireNonNull(timeout, "timeout");
    if (maxCharacters != UNLIMITED && (maxCharacters <= 0 || maxCharacters > Integer.MAX_VALUE)) {
      throw new IllegalArgumentException(
          "maxCharacters must be between 1 and " + Integer.MAX_VALUE + ", or UNLIMITED (-1), got " + maxCharacters);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
  }

  /**
   * These limits with another character limit.
   *
   * @param characters the most characters kept per file, or {@link #UNLIMITED}
   * @return new limits with the same time limit
   */
  public ExtractionLimits withMaxCharacters(long characters) {
    return new ExtractionLimits(characters, timeout);
  }

  /**
   * These limits with another time limit.
   *
   * @param limit the longest one file may take
   * @return new limits with the same character limit
   */
  public ExtractionLimits withTimeout(Duration limit) {
    return new ExtractionLimits(maxCharacters, limit);
  }
}
