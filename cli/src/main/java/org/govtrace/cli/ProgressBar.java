package org.govtrace.cli;

import java.io.PrintWriter;
import org.govtrace.core.query.FileOutcome;
import org.govtrace.core.query.IndexListener;

/**
 * Shows an index run's progress on standard error: on a terminal, a bar redrawn in place once the run has taken
 * two seconds; elsewhere, a plain line every ten seconds of a longer run (so logs stay readable). Short runs print
 * nothing.
 */
final class ProgressBar implements IndexListener, AutoCloseable {

  private static final long QUIET_NANOS = 2_000_000_000L;
  private static final long LINE_EVERY_NANOS = 10_000_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private long lastLine = started;
  private boolean drawn;

  ProgressBar(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public void fileDone(FileOutcome outcome, int done, int total) {
    long now = System.nanoTime();
    if (now - started < QUIET_NANOS) {
      return;
    }
    if (terminal) {
      int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
      String name = outcome.file().getFileName() == null ? "" : outcome.file().getFileName().toString();
      if (name.length() > 40) {
        name = name.substring(0, 39) + "…";
      }
      err.printf("\r[%s%s] %d/%d %-40s", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, name);
      err.flush();
      drawn = true;
    } else if (now - started >= LINE_EVERY_NANOS && (now - lastLine >= LINE_EVERY_NANOS || done == total)) {
      err.printf("indexing: %d of %d files done%n", done, total);
      err.flush();
      lastLine = now;
    }
  }

  /** Ends the bar's line so what follows starts on a fresh one. */
  @Override
  public void close() {
    if (drawn) {
      err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
      err.flush();
    }
  }
}
