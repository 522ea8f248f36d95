package org.govtrace.core.compare;

import java.util.Locale;

/**
 * One run of a word-level diff between two wordings.
 *
 * @param op whether the words are in both, only the earlier or only the later wording
 * @param text the words, joined by single spaces
 */
public record WordDiff(Op op, String text) {

  /** The kind of run. */
  public enum Op {
    EQUAL,
    DELETE,
    INSERT;

    /** The lower-case name used in JSON. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
