package org.govtrace.core.query;

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
    /** Words in both wordings. */
    EQUAL,
    /** Words only in the earlier wording. */
    DELETE,
    /** Words only in the later wording. */
    INSERT;

    /**
     * The lower-case name used in JSON.
     *
     * @return the code, such as {@code insert}
     */

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
