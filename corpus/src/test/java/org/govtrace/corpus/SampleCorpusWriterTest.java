package org.govtrace.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the bundled binaries in step with their readable Swedish sources. To regenerate after editing a
 * source: {@code mvn -pl corpus -am test -Dtest=SampleCorpusWriterTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dgovtrace.regenerateSample=true}.
 */
class SampleCorpusWriterTest {

  static final Path SOURCES = Path.of("src/test/resources/corpus-source");
  static final Path BUNDLED = Path.of("src/main/resources/org/govtrace/corpus/sample");

  private final SampleCorpusWriter writer = new SampleCorpusWriter();

  static Stream<CorpusSource> sources() throws IOException {
    try (Stream<Path> files = Files.list(SOURCES)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(CorpusSource::read).toList().stream();
    }
  }

  /** Writes the generated files into the module's resources; runs only when asked for. */
  @Test
  @EnabledIfSystemProperty(named = "govtrace.regenerateSample", matches = "true")
  void regeneratesTheBundledFilesWhenAsked() {
    List<Path> written = writer.writeAll(SOURCES, BUNDLED);
    assertFalse(written.isEmpty());
  }

  /** A bundled file that Tika reads differently from a fresh rendering of its source is stale. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void bundledFileExtractsLikeAFreshRenderingOfItsSource(CorpusSource source) throws IOException {
    Path bundled = BUNDLED.resolve(source.name() + "." + source.format());
    String expected = TikaText.parse(writer.render(source)).text();
    String actual = TikaText.parse(Files.readAllBytes(bundled)).text();
    assertEquals(expected, actual, bundled + " is stale: regenerate it (see the class Javadoc)");
  }

  /** Every source names a known format and yields a body. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void everySourceHasATitleAndABody(CorpusSource source) {
    assertFalse(source.blocks().isEmpty(), source.name());
    assertFalse(source.title().isBlank(), source.name());
  }
}
