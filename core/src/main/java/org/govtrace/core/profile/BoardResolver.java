package org.govtrace.core.profile;

import java.util.Objects;

/**
 * Names the board (nämnd) an office (förvaltning, kontor) works for: a tjänsteutlåtande is written by the office
 * but speaks for its board, the document's issuing body. {@link #generic()} knows the Swedish naming pattern
 * ("X stadsdelsförvaltning" → "X stadsdelsnämnd", "Socialförvaltningen" → "Socialnämnden", "Stadsledningskontoret"
 * → "Kommunstyrelsen"); a thesaurus of one city's boards and aliases can be put in front of it with {@link
 * #orElse}.
 */
@FunctionalInterface
public interface BoardResolver {

  /**
   * The board that {@code office} works for, as the board names itself ("Farsta stadsdelsnämnd"), or null when
   * this resolver does not know.
   */
  String boardOf(String office);

  /** This resolver, and {@code fallback} for the offices it does not know. */
  default BoardResolver orElse(BoardResolver fallback) {
    Objects.requireNonNull(fallback, "fallback");
    return office -> {
      String board = boardOf(office);
      return board != null ? board : fallback.boardOf(office);
    };
  }

  /** The resolver built on Swedish municipal naming alone; it knows no city's names. */
  static BoardResolver generic() {
    return new GenericBoardResolver();
  }
}
