package org.govtrace.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.govtrace.core.GovTraceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCorpusTest {

  private static final Path BUNDLED = Path.of("src/main/resources/org/govtrace/corpus/sample");

  private final SampleCorpus corpus = new SampleCorpus();

  @Test
  void listsEveryBundledFileButTheManifestAndNothingElse() throws IOException {
    Set<String> onDisk = new HashSet<>();
    try (Stream<Path> files = Files.list(BUNDLED)) {
      files.map(f -> f.getFileName().toString()).filter(n -> !n.equals(SampleCorpus.MANIFEST)).forEach(onDisk::add);
    }
    assertEquals(onDisk, new HashSet<>(corpus.documents()));
  }

  @Test
  void bundlesAStrategyAnActionPlanAPresentationAndAtLeastSixResponsesInSixFormats() throws IOException {
    JsonNode documents = manifest().path("documents");
    List<String> roles = Stream.iterate(0, i -> i < documents.size(), i -> i + 1)
        .map(i -> documents.get(i).path("role").asText()).toList();
    Set<String> formats = new HashSet<>();
    corpus.documents().forEach(n -> formats.add(n.substring(n.lastIndexOf('.') + 1)));
    assertEquals(1, roles.stream().filter("strategy"::equals).count());
    assertEquals(1, roles.stream().filter("action_plan"::equals).count());
    assertEquals(1, roles.stream().filter("presentation"::equals).count());
    assertTrue(roles.stream().filter("referral_response"::equals).count() >= 6);
    assertEquals(Set.of("pdf", "docx", "pptx", "odt", "html", "txt"), formats);
  }

  @Test
  void manifestLinksPointAtBundledDocuments() throws IOException {
    for (JsonNode document : manifest().path("documents")) {
      for (String link : List.of("responds_to", "replaces", "builds_on")) {
        JsonNode target = document.path(link);
        if (!target.isNull() && !target.isMissingNode()) {
          assertTrue(corpus.documents().contains(target.asText()),
              document.path("file").asText() + " " + link + " " + target.asText());
        }
      }
    }
  }

  @Test
  void copiesDocumentsAndManifestIntoANewFolder(@TempDir Path temp) throws IOException {
    Path target = temp.resolve("sample");
    List<Path> copied = corpus.copyTo(target);
    assertEquals(corpus.documents().size(), copied.size());
    assertTrue(Files.isRegularFile(target.resolve(SampleCorpus.MANIFEST)));
    for (Path file : copied) {
      try (InputStream in = corpus.open(file.getFileName().toString())) {
        assertArrayEquals(in.readAllBytes(), Files.readAllBytes(file), file.toString());
      }
    }
  }

  @Test
  void copyingTwiceOverwritesQuietly(@TempDir Path temp) {
    corpus.copyTo(temp);
    assertEquals(corpus.documents().size(), corpus.copyTo(temp).size());
  }

  @Test
  void refusesAnUnknownNameWithTheKnownOnes() {
    GovTraceException e = assertThrows(GovTraceException.class, () -> corpus.open("../pom.xml"));
    assertTrue(e.getMessage().contains("strategi-romsk-inkludering-2018.pdf"), e.getMessage());
  }

  @Test
  void staysSmall() throws IOException {
    long total = 0;
    try (Stream<Path> files = Files.list(BUNDLED)) {
      for (Path file : files.toList()) {
        total += Files.size(file);
      }
    }
    assertTrue(total < 2_000_000, "sample corpus is " + total + " bytes");
  }

  private JsonNode manifest() throws IOException {
    try (InputStream in = corpus.open(SampleCorpus.MANIFEST)) {
      return new ObjectMapper().readTree(in);
    }
  }
}
