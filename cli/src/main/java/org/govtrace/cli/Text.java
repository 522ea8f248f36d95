package org.govtrace.cli;

import java.time.LocalDate;
import org.govtrace.core.query.Snippet;
import picocli.CommandLine.Help.Ansi;

/** Small pieces of terminal text shared by the commands' human-readable output. */
final class Text {

  private final boolean ansi;

  Text(Ansi ansi) {
    this.ansi = ansi.enabled();
  }

  /** A snippet with its matched words in bold on a terminal, between « and » elsewhere. */
  String marked(Snippet snippet) {
    return ansi ? snippet.marked("\u001B[1m", "\u001B[0m") : snippet.marked("«", "»");
  }

  static String orDash(String value) {
    return value == null || value.isBlank() ? "–" : value;
  }

  static String date(LocalDate date) {
    return date == null ? "no date" : date.toString();
  }

  static String shortId(String id) {
    return id == null ? "" : id.substring(0, Math.min(12, id.length()));
  }

  static String quoted(String title) {
    return title == null ? "(untitled)" : "\"" + title + "\"";
  }
}
