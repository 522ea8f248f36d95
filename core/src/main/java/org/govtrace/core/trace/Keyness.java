package org.govtrace.core.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.govtrace.core.GovTraceException;
import org.govtrace.core.compare.ContentLemmas;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.Sentence;
import org.govtrace.core.model.Token;
import org.govtrace.core.query.KeynessRequest;
import org.govtrace.core.query.KeynessRow;
import org.govtrace.core.query.LineageNode;

/**
 * Keyness of a board or group of documents against the rest of the corpus, by Dunning's log-likelihood over
 * content-word lemma counts (Rayson and Garside 2000).
 */
final class Keyness {

  private final ContentLemmas lemmas;

  /**
   * Keyness over content words.
   *
   * @param lemmas decides which tokens are content words
   */
  public Keyness(ContentLemmas lemmas) {
    this.lemmas = lemmas;
  }

  /**
   * The key terms of the target, strongest first (positive G² before negative).
   *
   * @param corpus the documents with their graph
   * @param request the target (board, role or family) and how many terms
   * @return the key terms

   * @throws GovTraceException when no filter is given, or no document or every document matches
   */
  public List<KeynessRow> keyness(Corpus corpus, KeynessRequest request) {
    if (request.board() == null && request.role() == null && request.family() == null) {
      throw new GovTraceException("Keyness needs a target: give a board, a role or a family to contrast with the rest.");
    }
    Set<String> target = new HashSet<>();
    for (AnalyzedDocument d : corpus.documents()) {
      LineageNode node = corpus.lineage().node(d.id().value()).orElse(null);
      boolean board = request.board() == null || contains(d.profile().issuingBody(), request.board());
      boolean role = request.role() == null || (node != null && node.role().equalsIgnoreCase(request.role()));
      boolean family = request.family() == null || (node != null && contains(node.family(), request.family()));
      if (board && role && family) {
        target.add(d.id().value());
      }
    }
    if (target.isEmpty() || target.size() == corpus.documents().size()) {
      throw new GovTraceException(
          (target.isEmpty() ? "No document" : "Every document") + " matches the keyness target; choose a board, role or family that splits the corpus (see govtrace lineage).");
    }
    Map<String, int[]> counts = new HashMap<>();
    long[] totals = new long[2];
    for (AnalyzedDocument d : corpus.documents()) {
      int side = target.contains(d.id().value()) ? 0 : 1;
      for (Sentence s : d.sentences()) {
        for (Token t : s.tokens()) {
          if (lemmas.isContentWord(t)) {
            String term = (t.lemma() == null || t.lemma().isBlank() ? t.text() : t.lemma()).toLowerCase(Locale.ROOT);
            counts.computeIfAbsent(term, k -> new int[2])[side]++;
            totals[side]++;
          }
        }
      }
    }
    List<KeynessRow> rows = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int a = e.getValue()[0];
      int b = e.getValue()[1];
      if (a < request.minCount()) {
        continue;
      }
      rows.add(new KeynessRow(e.getKey(), a, b, totals[0], totals[1], Math.round(logLikelihood(a, b, totals[0], totals[1]) * 100) / 100.0));
    }
    rows.sort(Comparator.comparingDouble(KeynessRow::logLikelihood).reversed().thenComparing(KeynessRow::term));
    return rows.subList(0, Math.min(rows.size(), Math.max(0, request.limit())));
  }

  /** Signed G²: positive when the term is relatively more frequent in the target. */
  static double logLikelihood(long a, long b, long c, long d) {
    double e1 = c * (double) (a + b) / (c + d);
    double e2 = d * (double) (a + b) / (c + d);
    double g2 = 2 * (term(a, e1) + term(b, e2));
    boolean over = a / (double) c >= b / (double) d;
    return over ? g2 : -g2;
  }

  private static double term(long observed, double expected) {
    return observed == 0 ? 0 : observed * Math.log(observed / expected);
  }

  private static boolean contains(String text, String part) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
  }
}
