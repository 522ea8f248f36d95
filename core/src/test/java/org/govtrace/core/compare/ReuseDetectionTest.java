package org.govtrace.core.compare;

import static org.govtrace.core.testdocs.TestDocuments.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.Span;
import org.govtrace.core.query.ReusedPassage;
import org.junit.jupiter.api.Test;

/**
 * Measures reuse detection on a corpus built here: real-style Swedish passages planted into other documents
 * with words changed, a word dropped and one added, lines rewrapped and a word broken by a hyphen at a line
 * end. Recall and precision are over planted passages; the figures are printed.
 */
class ReuseDetectionTest {

  private static final String[] SUBSTITUTES = {
    "särskilt", "samtliga", "kommunen", "berörda", "långsiktigt", "tydligare", "verksamheten", "insatserna", "dessutom", "nämnden"
  };

  /** A passage planted in a target document: where it sits there and which source passage it copies. */
  record Planted(int target, Span span, int source) {}

  private final PassageAligner aligner = new PassageAligner();

  /** Planted passages are found (recall >= 0.95) and what is found was planted (precision >= 0.90). */
  @Test
  void findsPlantedPassagesDespiteEditsReflowAndHyphenation() throws IOException {
    List<String> passages = lines("reuse-passages.txt");
    List<String> filler = lines("reuse-filler.txt");
    Random random = new Random(20251127);

    StringBuilder source = new StringBuilder();
    List<Span> sourceSpans = new ArrayList<>();
    for (int p = 0; p < passages.size(); p++) {
      int start = source.length();
      source.append(passages.get(p));
      sourceSpans.add(new Span(start, source.length()));
      source.append("\n\n").append(filler.get(p % 15)).append(' ').append(filler.get((p + 7) % 15)).append("\n\n");
    }
    AnalyzedDocument a = document("kalla.txt").text(source.toString()).build();

    List<Planted> planted = new ArrayList<>();
    List<AnalyzedDocument> targets = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      order.clear();
      for (int p = 0; p < passages.size(); p++) {
        order.add(p);
      }
      Collections.shuffle(order, random);
      StringBuilder text = new StringBuilder(filler.get(15 + t)).append("\n\n");
      for (int k = 0; k < 5; k++) {
        int p = order.get(k);
        String copy = edit(passages.get(p), random, k % 2 == 0);
        int start = text.length();
        text.append(copy);
        planted.add(new Planted(t, new Span(start, text.length()), p));
        text.append("\n\n").append(filler.get(15 + (t * 5 + k) % 15)).append(' ').append(filler.get(15 + (t * 5 + k + 3) % 15)).append("\n\n");
      }
      targets.add(document("mal-" + t + ".txt").text(text.toString()).build());
    }

    int found = 0;
    int detected = 0;
    int correct = 0;
    for (int t = 0; t < targets.size(); t++) {
      List<ReusedPassage> passagesFound = aligner.align(a, targets.get(t));
      detected += passagesFound.size();
      for (ReusedPassage d : passagesFound) {
        int target = t;
        boolean ok =
            planted.stream()
                .anyMatch(p -> p.target() == target && overlap(d.spanB(), p.span()) >= 0.5 * d.spanB().length() && d.spanA().overlaps(sourceSpans.get(p.source())));
        correct += ok ? 1 : 0;
      }
      for (Planted p : planted) {
        if (p.target() == t
            && passagesFound.stream().anyMatch(d -> overlap(d.spanB(), p.span()) >= 0.5 * p.span().length() && d.spanA().overlaps(sourceSpans.get(p.source())))) {
          found++;
        }
      }
    }
    double recall = found / (double) planted.size();
    double precision = detected == 0 ? 0 : correct / (double) detected;
    System.out.printf(
        "reuse detection: planted=%d found=%d detected=%d correct=%d recall=%.3f precision=%.3f%n",
        planted.size(), found, detected, correct, recall, precision);
    assertEquals(20, planted.size());
    assertTrue(recall >= 0.95, "recall " + recall);
    assertTrue(precision >= 0.90, "precision " + precision);
  }

  /** A copy whose lines are rewrapped and whose long word is broken by a hyphen still aligns end to end. */
  @Test
  void joinsAWordBrokenByAHyphenAtALineEnd() {
    String passage =
        "Kompetensutveckling om den romska minoritetens historia och rättigheter behöver erbjudas till all personal som möter romer i sitt arbete.";
    String broken =
        "Kompetens-\nutveckling om den romska\nminoritetens historia och rättigheter behöver\nerbjudas till all personal som möter romer i sitt arbete.";
    ReusedPassage p =
        aligner.align(document("a.txt").text(passage).build(), document("b.txt").text("Inledning.\n\n" + broken).build()).get(0);
    assertEquals(1.0, p.similarity());
    assertTrue(p.textB().startsWith("Kompetens- utveckling"), p.textB());
  }

  /** Texts on the same topic in different words share no passage. */
  @Test
  void findsNoReuseBetweenDifferentTextsOnOneTopic() throws IOException {
    List<String> filler = lines("reuse-filler.txt");
    AnalyzedDocument a = document("a.txt").text(String.join(" ", filler.subList(0, 15))).build();
    AnalyzedDocument b = document("b.txt").text(String.join(" ", filler.subList(15, 30))).build();
    assertEquals(List.of(), aligner.align(a, b));
  }

  private static String edit(String passage, Random random, boolean hyphenate) {
    List<String> words = new ArrayList<>(List.of(passage.split(" ")));
    int substitutions = Math.max(2, words.size() / 10);
    for (int k = 0; k < substitutions; k++) {
      int at = 1 + random.nextInt(words.size() - 2);
      words.set(at, SUBSTITUTES[random.nextInt(SUBSTITUTES.length)]);
    }
    words.remove(1 + random.nextInt(words.size() - 2));
    words.add(1 + random.nextInt(words.size() - 2), "också");
    if (hyphenate) {
      for (int k = 0; k < words.size(); k++) {
        String w = words.get(k);
        if (w.length() >= 11 && w.chars().allMatch(Character::isLetter)) {
          int cut = w.length() / 2;
          words.set(k, w.substring(0, cut) + "-\n" + w.substring(cut));
          break;
        }
      }
    }
    // Rewrap at a random width, as a PDF of another layout would.
    int width = 35 + random.nextInt(35);
    StringBuilder out = new StringBuilder();
    int line = 0;
    for (String w : words) {
      if (out.length() > 0) {
        if (line + w.length() > width) {
          out.append('\n');
          line = 0;
        } else {
          out.append(' ');
        }
      }
      out.append(w);
      int newline = w.lastIndexOf('\n');
      line = newline >= 0 ? w.length() - newline - 1 : line + w.length() + 1;
    }
    return out.toString();
  }

  private static int overlap(Span x, Span y) {
    return Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
  }

  private static List<String> lines(String resource) throws IOException {
    try (InputStream in = ReuseDetectionTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
  }
}
