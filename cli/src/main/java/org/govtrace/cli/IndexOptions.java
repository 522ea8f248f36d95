package org.govtrace.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.govtrace.core.GovTrace;
import picocli.CommandLine.Option;

/** The options every index command shares: where the index is, and how much to say when something fails. */
final class IndexOptions {

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "The index directory (default: $GOVTRACE_INDEX, else the user's data folder, e.g. ~/.local/share/govtrace/index).")
  Path index;

  @Option(names = {"-v", "--verbose"}, description = "On an error, print the stack trace too.")
  boolean verbose;

  @Option(
      names = "--thesaurus",
      paramLabel = "FILE",
      description = "A thesaurus JSON that extends the bundled Stockholm one, or replaces it when its mode is \"replace\".")
  Path thesaurus;

  /** Opens govtrace on the chosen index with the bundled thesaurus, extended or replaced by the user's. */
  GovTrace open() {
    return GovTrace.builder().indexDirectory(indexDirectory()).thesaurus(AnalyzeCommand.thesaurus(thesaurus)).build();
  }

  /** The index directory the user chose, else the default. */
  Path indexDirectory() {
    return index != null ? index : defaultDirectory(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
  }

  /** $GOVTRACE_INDEX, else the platform's per-user data folder. */
  static Path defaultDirectory(Map<String, String> env, String osName, String home) {
    String explicit = env.get("GOVTRACE_INDEX");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows") && env.get("LOCALAPPDATA") != null) {
      return Path.of(env.get("LOCALAPPDATA"), "govtrace", "index");
    }
    if (os.startsWith("mac")) {
      return Path.of(home, "Library", "Application Support", "govtrace", "index");
    }
    String xdg = env.get("XDG_DATA_HOME");
    Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
    return data.resolve("govtrace").resolve("index");
  }
}
