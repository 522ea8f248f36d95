package org.govtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CLI is a thin client of the library: no command may reach past the exported API into the engine's stage
 * packages. The exported packages are read from core's module-info, so the rule follows the module declaration.
 */
class ApiBoundaryTest {

  private static final Path MODULE_INFO = Path.of("../core/src/main/java/module-info.java");
  private static final Path CLI_SOURCES = Path.of("src/main/java");
  private static final Pattern EXPORTS = Pattern.compile("\\bexports\\s+([\\w.]+)\\s*;");
  // A qualified name under org.govtrace.core: its lower-case segments are the package, the first capitalised
  // segment (or a wildcard) ends it.
  private static final Pattern CORE_NAME = Pattern.compile("\\borg\\s*\\.\\s*govtrace\\s*\\.\\s*core((?:\\s*\\.\\s*[a-z_][\\w]*)*)");

  @Test
  void cliMainSourcesUseOnlyPackagesThatCoreExports() throws IOException {
    Set<String> exported = exportedPackages();
    List<String> violations = new ArrayList<>();
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(CLI_SOURCES)) {
      sources = walk.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
    assertFalse(sources.isEmpty(), "no CLI sources found under " + CLI_SOURCES.toAbsolutePath());
    for (Path source : sources) {
      for (String used : corePackagesNamedIn(Files.readString(source, StandardCharsets.UTF_8))) {
        if (!exported.contains(used)) {
          violations.add(CLI_SOURCES.relativize(source) + " uses " + used);
        }
      }
    }
    assertEquals(List.of(), violations,
        "The CLI reaches past the API; add a documented method to GovTrace (or a type of an exported package) instead");
  }

  @Test
  void readsTheExportedPackagesFromCoresModuleDeclaration() throws IOException {
    Set<String> exported = exportedPackages();
    assertTrue(exported.contains("org.govtrace.core"), exported.toString());
    assertTrue(exported.contains("org.govtrace.core.model"), exported.toString());
    assertFalse(exported.contains("org.govtrace.core.nlp"), exported.toString());
    assertFalse(exported.contains("org.govtrace.core.index"), exported.toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "import org.govtrace.core.nlp.NlpTrainer;|org.govtrace.core.nlp",
      "import static org.govtrace.core.index.IndexSchema.FIELD;|org.govtrace.core.index",
      "import org.govtrace.core.extract.*;|org.govtrace.core.extract",
      "var limits = org.govtrace.core.extract.ExtractionLimits.DEFAULT;|org.govtrace.core.extract",
      "import org.govtrace.core.GovTrace;|org.govtrace.core",
      "org.govtrace.core.compare.AlignmentScorer.Report report;|org.govtrace.core.compare",
      "String s = \"org.govtrace.core.nlp.NlpTrainer\"; // org.govtrace.core.index.CorpusIndex|",
      "/* see org.govtrace.core.text.TextCleaner */ int x;|",
  })
  void findsTheCorePackageACodeLineNames(String code, String expected) {
    Set<String> found = corePackagesNamedIn(code);
    assertEquals(expected == null ? Set.of() : Set.of(expected), found);
  }

  private static Set<String> exportedPackages() throws IOException {
    String declaration = withoutCommentsAndStrings(Files.readString(MODULE_INFO, StandardCharsets.UTF_8));
    Set<String> exported = new TreeSet<>();
    Matcher matcher = EXPORTS.matcher(declaration);
    while (matcher.find()) {
      exported.add(matcher.group(1));
    }
    return exported;
  }

  static Set<String> corePackagesNamedIn(String source) {
    Set<String> packages = new TreeSet<>();
    Matcher matcher = CORE_NAME.matcher(withoutCommentsAndStrings(source));
    while (matcher.find()) {
      packages.add(("org.govtrace.core" + matcher.group(1)).replaceAll("\\s", ""));
    }
    return packages;
  }

  // Comments and literals are not code: a message or a comment may name an engine class without using it.
  private static String withoutCommentsAndStrings(String source) {
    StringBuilder code = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? source.length() : end;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? source.length() : end + 2;
        code.append(' ');
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        i = end < 0 ? source.length() : end + 3;
        code.append("\"\"");
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < source.length() && source.charAt(j) != c && source.charAt(j) != '\n') {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        i = Math.min(j + 1, source.length());
        code.append(c).append(c);
      } else {
        code.append(c);
        i++;
      }
    }
    return code.toString();
  }
}
