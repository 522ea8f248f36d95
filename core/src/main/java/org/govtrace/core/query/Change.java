package org.govtrace.core.query;

import java.util.Locale;

/** What happened to a concept, goal or responsibility from one version of a document to the next. */
public enum Change {
  /** Present in both, in the same words or near enough. */
  KEPT,
  /** The same goal in other words; a word-level diff shows how. */
  REWORDED,
  /** One earlier goal became several. */
  SPLIT,
  /** Several earlier goals became one. */
  MERGED,
  /** The same duty, now held by another actor. */
  MOVED,
  /** Only in the earlier version. */
  DROPPED,
  /** Only in the later version (gold files also say {@code new}). */
  ADDED;

  /**
   * The lower-case name used in JSON, CSV and gold files.
   *
   * @return the code, such as {@code reworded}
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The change with the given code; {@code new} reads as {@link #ADDED}.
   *
   * @param code the code, in any case
   * @return the change
   * @throws IllegalArgumentException when the code names no change
   */

  public static Change fromCode(String code) {
    String c = code.trim().toUpperCase(Locale.ROOT);
    return "NEW".equals(c) ? ADDED : valueOf(c);
  }
}
