package org.govtrace.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.govtrace.core.extract.DocumentExtractor;
import org.govtrace.core.ExtractionLimits;
import org.govtrace.core.model.DocumentProfile;
import org.govtrace.core.model.DocumentText;
import org.govtrace.core.text.TextCleaner;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Profiles the real samples in {@code ../shared/samples} through the whole chain (Tika, cleaning, profile) and
 * compares every profile field with {@code ../shared/gold/samples-gold.json}, scored as {@code gold/FORMAT.md}
 * says. Skipped when the shared folder is absent.
 */
class SamplesGoldTest {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

  @TestFactory
  List<DynamicTest> profilesTheRealSamplesAsTheGoldSays() throws Exception {
    Optional<Path> gold = goldFile();
    Assumptions.assumeTrue(gold.isPresent(), "../shared/gold/samples-gold.json is absent");
    JsonNode documents = new ObjectMapper().readTree(gold.get().toFile());
    DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.DEFAULT);
    TextCleaner cleaner = new TextCleaner();
    DocumentProfiler profiler = new DocumentProfiler();
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode expected : documents) {
      Path file = gold.get().getParent().resolve(expected.get("file").asText()).normalize();
      String name = file.getFileName().toString();
      tests.add(
          dynamicTest(
              name,
              () -> {
                var extraction = extractor.extract(file);
                DocumentText text = cleaner.clean(extraction);
                DocumentProfile profile = profiler.profile(text, name, extraction.mediaType());
                assertProfile(expected, profile, name);
              }));
    }
    return tests;
  }

  private static void assertProfile(JsonNode expected, DocumentProfile profile, String name) {
    assertEquals(expected.get("doc_type").asText(), profile.type().code(), name + " doc_type");
    assertEquals(
        norm(expected.get("issuing_body").asText()).toLowerCase(Locale.ROOT),
        profile.issuingBody() == null ? null : norm(profile.issuingBody()).toLowerCase(Locale.ROOT),
        name + " issuing_body");
    if (expected.hasNonNull("authoring_office")) {
      assertNotNull(profile.authoringOffice(), name + " authoring_office");
      assertEquals(
          norm(expected.get("authoring_office").asText()).toLowerCase(Locale.ROOT),
          norm(profile.authoringOffice()).toLowerCase(Locale.ROOT),
          name + " authoring_office");
    }
    JsonNode ownDnr = expected.get("own_dnr");
    assertEquals(ownDnr == null || ownDnr.isNull() ? null : ownDnr.asText(), profile.ownDnr(), name + " own_dnr");
    assertEquals(strings(expected.get("referenced_dnrs")), new TreeSet<>(profile.referencedDnrs()), name + " referenced_dnrs");
    assertEquals(
        strings(expected.get("dates")),
        profile.dates().stream().map(LocalDate::toString).collect(Collectors.toCollection(TreeSet::new)),
        name + " dates");
    JsonNode respondsTo = expected.get("responds_to");
    if (respondsTo == null || respondsTo.isNull()) {
      assertEquals(null, profile.respondsTo(), name + " responds_to");
    } else {
      assertNotNull(profile.respondsTo(), name + " responds_to");
      double jaccard = jaccard(tokens(respondsTo.asText()), tokens(profile.respondsTo()));
      assertTrue(jaccard >= 0.6, name + " responds_to '" + profile.respondsTo() + "' has Jaccard " + jaccard);
    }
  }

  private static TreeSet<String> strings(JsonNode array) {
    TreeSet<String> values = new TreeSet<>();
    array.forEach(node -> values.add(node.asText()));
    return values;
  }

  private static String norm(String text) {
    return Normalizer.normalize(text.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
  }

  private static Set<String> tokens(String text) {
    Set<String> tokens = new HashSet<>();
    Matcher matcher = TOKEN.matcher(norm(text).toLowerCase(Locale.ROOT));
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    return tokens;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return union.isEmpty() ? 1 : (double) both.size() / union.size();
  }

  /** The gold file in a {@code shared} folder beside the repository (or any folder above the module). */
  static Optional<Path> goldFile() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path gold = dir.resolve("shared").resolve("gold").resolve("samples-gold.json");
      if (Files.isRegularFile(gold)) {
        return Optional.of(gold);
      }
    }
    return Optional.empty();
  }
}
