package org.govtrace.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The gold files for the bundled corpus follow {@code ../shared/gold/FORMAT.md} and quote only text that Tika
 * really extracts from the bundled documents, so {@code govtrace eval} can score against them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // parse each bundled document once for all checks
class GoldFilesTest {

  private static final Path GOLD = Path.of("src/test/resources/gold");
  private static final Set<String> STANCES = Set.of("support", "critique", "proposal", "neutral");
  private static final Set<String> MODALITIES = Set.of("ska", "bör", "föreslås", "ansvarar", "särskilt ansvarig", "other");
  private static final Set<String> DOC_TYPES =
      Set.of("referral_response", "strategy", "action_plan", "presentation", "report", "other");
  private static final List<String> MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
      "augusti", "september", "oktober", "november", "december");

  private final ObjectMapper json = new ObjectMapper();
  private final SampleCorpus corpus = new SampleCorpus();
  private final Map<String, String> extracted = new HashMap<>();

  @Test
  void passageGoldHasAtLeastSixtyWellFormedPassagesQuotedFromTheBundledDocuments() throws IOException {
    List<String> lines = Files.readAllLines(GOLD.resolve("sample-passages.jsonl"));
    Set<String> ids = new HashSet<>();
    List<String> missing = new ArrayList<>();
    int concerns = 0;
    for (String line : lines) {
      JsonNode passage = json.readTree(line);
      assertTrue(ids.add(passage.path("id").asText()), "duplicate id " + passage.path("id"));
      assertTrue(passage.path("resource_concern").isBoolean() && passage.path("goal").isBoolean(), line);
      assertTrue(STANCES.contains(passage.path("stance").asText()), line);
      assertWellFormedResponsibilities(passage.path("responsibilities"), line);
      if (!textOf(passage.path("source").asText()).contains(normalise(passage.path("text").asText()))) {
        missing.add(passage.path("id").asText());
      }
      concerns += passage.path("resource_concern").asBoolean() ? 1 : 0;
    }
    assertTrue(lines.size() >= 60, lines.size() + " passages");
    assertTrue(concerns > 0 && concerns < lines.size() / 2, "concerns balanced with negatives: " + concerns);
    assertEquals(List.of(), missing, "passages not found in the extracted text of their source");
  }

  @Test
  void documentGoldCoversEveryBundledDocumentWithSentencesDatesAndNumbersFromItsText() throws IOException {
    JsonNode documents = json.readTree(GOLD.resolve("sample-gold.json").toFile());
    Set<String> files = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (JsonNode document : documents) {
      Path file = GOLD.resolve(document.path("file").asText()).normalize();
      assertTrue(Files.isRegularFile(file), file + " does not exist");
      String name = file.getFileName().toString();
      files.add(name);
      String text = textOf(name);
      assertTrue(DOC_TYPES.contains(document.path("doc_type").asText()), name);
      assertWellFormedResponsibilities(document.path("responsibilities"), name);
      if (document.has("stance")) {
        assertTrue(STANCES.contains(document.path("stance").asText()), name);
      }
      assertEquals(document.path("raises_resource_concern").asBoolean(), !document.path("resource_evidence").isEmpty(), name);
      for (String field : List.of("resource_evidence", "goals", "proposals")) {
        for (JsonNode sentence : document.path(field)) {
          if (!text.contains(normalise(sentence.asText()))) {
            problems.add(name + " " + field + ": " + sentence.asText());
          }
        }
      }
      List<String> numbers = new ArrayList<>();
      document.path("referenced_dnrs").forEach(n -> numbers.add(n.asText()));
      if (!document.path("own_dnr").isNull()) {
        numbers.add(document.path("own_dnr").asText());
      }
      numbers.stream().filter(n -> !text.contains(normalise(n))).forEach(n -> problems.add(name + " dnr " + n));
      for (JsonNode date : document.path("dates")) {
        LocalDate day = LocalDate.parse(date.asText());
        String written = day.getDayOfMonth() + " " + MONTHS.get(day.getMonthValue() - 1) + " " + day.getYear();
        if (!text.contains(day.toString()) && !text.contains(written)) {
          problems.add(name + " date " + day);
        }
      }
    }
    assertEquals(new HashSet<>(corpus.documents()), files);
    assertEquals(List.of(), problems);
  }

  @Test
  void manifestAndDocumentGoldAgreeOnRoleBodyOfficeAndDiaryNumber() throws IOException {
    JsonNode documents = json.readTree(GOLD.resolve("sample-gold.json").toFile());
    JsonNode manifest;
    try (InputStream in = corpus.open(SampleCorpus.MANIFEST)) {
      manifest = json.readTree(in);
    }
    Map<String, JsonNode> byFile = new HashMap<>();
    manifest.path("documents").forEach(d -> byFile.put(d.path("file").asText(), d));
    for (JsonNode gold : documents) {
      String name = Path.of(gold.path("file").asText()).getFileName().toString();
      JsonNode declared = byFile.get(name);
      assertEquals(gold.path("doc_type").asText(), declared.path("role").asText(), name);
      assertEquals(gold.path("issuing_body").asText(), declared.path("issuing_body").asText(), name);
      assertEquals(gold.path("authoring_office").asText(), declared.path("authoring_office").asText(), name);
      assertEquals(gold.path("own_dnr").asText(), declared.path("dnr").asText(), name);
      if (!declared.path("responds_to").isNull()) {
        String answered = byFile.get(declared.path("responds_to").asText()).path("title").asText();
        assertTrue(answered.startsWith(gold.path("responds_to").asText()), name + " answers " + answered);
      }
    }
  }

  @Test
  void alignmentGoldPairsEveryGoalAreaAndResponsibilityOfTheStrategyAndThePlan() throws IOException {
    JsonNode alignment = json.readTree(GOLD.resolve("sample-alignment.json").toFile());
    JsonNode documents = json.readTree(GOLD.resolve("sample-gold.json").toFile());
    JsonNode strategy = documentGold(documents, alignment.path("from").asText());
    JsonNode plan = documentGold(documents, alignment.path("to").asText());
    Set<String> labels = Set.of("kept", "reworded", "moved", "dropped", "new");
    for (String kind : List.of("goals", "areas", "responsibilities")) {
      Set<String> from = new HashSet<>();
      Set<String> to = new HashSet<>();
      for (JsonNode pair : alignment.path(kind)) {
        String label = pair.path("label").asText();
        assertTrue(labels.contains(label), kind + ": " + pair);
        assertEquals(label.equals("new"), pair.path("from").isNull(), kind + ": " + pair);
        assertEquals(label.equals("dropped"), pair.path("to").isNull(), kind + ": " + pair);
        assertTrue(!label.equals("moved") || kind.equals("responsibilities"), kind + ": " + pair);
        if (!pair.path("from").isNull()) {
          from.add(key(pair.path("from")));
        }
        if (!pair.path("to").isNull()) {
          to.add(key(pair.path("to")));
        }
      }
      assertEquals(items(strategy, kind), from, kind + " of the strategy");
      assertEquals(items(plan, kind), to, kind + " of the plan");
    }
  }

  private static JsonNode documentGold(JsonNode documents, String file) {
    for (JsonNode document : documents) {
      if (document.path("file").asText().equals(file)) {
        return document;
      }
    }
    throw new AssertionError("no document gold for " + file);
  }

  private static Set<String> items(JsonNode document, String kind) {
    Set<String> keys = new HashSet<>();
    if (kind.equals("areas")) {
      document.path("rights_areas").forEach(a -> keys.add(key(a)));
      document.path("focus_areas").forEach(a -> keys.add(key(a)));
      if (document.path("doc_type").asText().equals("action_plan")) {
        // The plan names the strategy's rights areas only as its predecessors; its own areas are the focus areas.
        keys.clear();
        document.path("focus_areas").forEach(a -> keys.add(key(a)));
      }
    } else {
      document.path(kind).forEach(item -> keys.add(key(item)));
    }
    return keys;
  }

  private static String key(JsonNode item) {
    return item.isTextual() ? item.asText() : item.path("actor").asText() + " | " + item.path("duty").asText();
  }

  private static void assertWellFormedResponsibilities(JsonNode responsibilities, String where) {
    assertTrue(responsibilities.isArray(), where);
    for (JsonNode item : responsibilities) {
      assertTrue(!item.path("actor").asText().isBlank() && !item.path("duty").asText().isBlank(), where);
      assertTrue(MODALITIES.contains(item.path("modality").asText()), where + ": " + item);
    }
  }

  private String textOf(String document) {
    return extracted.computeIfAbsent(document, name -> {
      try (InputStream in = corpus.open(name)) {
        return normalise(TikaText.parse(in).text());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static String normalise(String text) {
    // Gold quotes cleaned text: a word the layout hyphenated at a line end ("rättighets-\nområden") is whole again.
    String joined = text.replaceAll("(?<=\\p{Ll})-[ \\t]*\\r?\\n[ \\t]*(?=\\p{Ll})", "");
    return Normalizer.normalize(joined, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
