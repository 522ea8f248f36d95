package org.govtrace.core.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.Span;
import org.govtrace.core.query.ReusedPassage;

/**
 * Finds passages of one document reused in another, in the manner of passim and R's textreuse: shared word
 * n-grams give candidate matches, nearby candidates on roughly the same diagonal are chained, and each chain
 * is extended and trimmed by Smith-Waterman local alignment over the two word sequences. Edits, reflowed lines
 * and words broken by a hyphen at a line end do not stop a match. Thread-safe.
 */
final class PassageAligner {

  private static final int MATCH = 2;
  private static final int MISMATCH = -1;
  private static final int GAP = -1;
  private static final long MAX_CELLS = 4_000_000L;
  private static final int BREAK_GAP = 8;

  /**
   * How eager the aligner is.
   *
   * @param seedLength words per candidate n-gram (passim uses 5, textreuse 3 to 5)
   * @param minMatchedWords the fewest equal words a reused passage must have
   * @param minSimilarity the lowest share of matched words over the longer side
   * @param maxGap the most words between two candidates in one chain, and the margin searched around it
   * @param maxSeedFrequency n-grams more frequent than this in either document are boilerplate, not seeds
   */
  public record Settings(int seedLength, int minMatchedWords, double minSimilarity, int maxGap, int maxSeedFrequency) {
    /** Four-word seeds, ten matched words, half the words equal, gaps up to twenty words. */
    public static final Settings DEFAULT = new Settings(4, 10, 0.5, 20, 10);
  }

  private final Settings settings;

  /** An aligner with {@link Settings#DEFAULT}. */
  public PassageAligner() {
    this(Settings.DEFAULT);
  }

  /**
   * An aligner with the given settings.
   *
   * @param settings how reuse is found: seed length, least matched words and similarity, largest gap
   */
  public PassageAligner(Settings settings) {
    this.settings = settings;
  }

  /**
   * The passages of {@code b} that reuse passages of {@code a}, in the order they appear in {@code b}.
   *
   * @param a the earlier document
   * @param b the later document
   * @return the reused passages
   */

  public List<ReusedPassage> align(AnalyzedDocument a, AnalyzedDocument b) {
    WordSequence wa = WordSequence.of(a);
    WordSequence wb = WordSequence.of(b);
    List<Region> found = new ArrayList<>();
    for (Chain chain : chains(wa, wb)) {
      for (Region region : extend(wa, wb, chain)) {
        if (region.matched >= settings.minMatchedWords() && similarity(region) >= settings.minSimilarity()) {
          found.add(region);
        }
      }
    }
    // Overlapping chains can yield the same passage twice: keep the stronger.
    found.sort(Comparator.comparingInt((Region r) -> r.matched).reversed());
    List<Region> kept = new ArrayList<>();
    for (Region r : found) {
      if (kept.stream().noneMatch(k -> k.overlaps(r))) {
        kept.add(r);
      }
    }
    kept.sort(Comparator.comparingInt((Region r) -> r.bStart));
    List<ReusedPassage> passages = new ArrayList<>();
    for (Region r : kept) {
      Span sa = new Span(wa.spans[r.aStart].start(), wa.spans[r.aEnd - 1].end());
      Span sb = new Span(wb.spans[r.bStart].start(), wb.spans[r.bEnd - 1].end());
      passages.add(
          new ReusedPassage(
              sa,
              a.text().pageAt(sa.start()),
              collapse(sa.of(a.text().text())),
              sb,
              b.text().pageAt(sb.start()),
              collapse(sb.of(b.text().text())),
              Math.round(similarity(r) * 1000) / 1000.0,
              r.matched));
    }
    return passages;
  }

  private static double similarity(Region r) {
    return r.matched / (double) Math.max(r.aEnd - r.aStart, r.bEnd - r.bStart);
  }

  private static String collapse(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }

  private List<Chain> chains(WordSequence a, WordSequence b) {
    int n = settings.seedLength();
    Map<String, List<Integer>> gramsA = grams(a, n);
    Map<String, List<Integer>> gramsB = grams(b, n);
    List<int[]> seeds = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> e : gramsB.entrySet()) {
      List<Integer> inA = gramsA.get(e.getKey());
      if (inA == null || inA.size() > settings.maxSeedFrequency() || e.getValue().size() > settings.maxSeedFrequency()) {
        continue;
      }
      for (int j : e.getValue()) {
        for (int i : inA) {
          seeds.add(new int[] {i, j});
        }
      }
    }
    seeds.sort(Comparator.<int[]>comparingInt(s -> s[1]).thenComparingInt(s -> s[0]));
    List<Chain> chains = new ArrayList<>();
    List<Chain> open = new ArrayList<>();
    for (int[] seed : seeds) {
      int i = seed[0];
      int j = seed[1];
      open.removeIf(c -> j - c.lastJ > settings.maxGap());
      Chain best = null;
      for (Chain c : open) {
        int drift = Math.abs((j - i) - (c.lastJ - c.lastI));
        if (drift <= settings.maxGap() && i >= c.lastI - n && (best == null || drift < Math.abs((j - i) - (best.lastJ - best.lastI)))) {
          best = c;
        }
      }
      if (best == null) {
        best = new Chain(i, j);
        open.add(best);
        chains.add(best);
      }
      best.add(i, j, n);
    }
    return chains;
  }

  private static Map<String, List<Integer>> grams(WordSequence s, int n) {
    Map<String, List<Integer>> grams = new HashMap<>();
    for (int i = 0; i + n <= s.size(); i++) {
      StringBuilder key = new StringBuilder();
      for (int k = 0; k < n; k++) {
        key.append(s.words[i + k]).append(' ');
      }
      grams.computeIfAbsent(key.toString(), x -> new ArrayList<>()).add(i);
    }
    return grams;
  }

  // Smith-Waterman over the chain's box widened by the gap margin: finds where the reuse really starts and ends.
  private List<Region> extend(WordSequence a, WordSequence b, Chain chain) {
    int margin = settings.maxGap();
    int a0 = Math.max(0, chain.minI - margin);
    int a1 = Math.min(a.size(), chain.maxI + margin);
    int b0 = Math.max(0, chain.minJ - margin);
    int b1 = Math.min(b.size(), chain.maxJ + margin);
    int rows = a1 - a0;
    int cols = b1 - b0;
    if ((long) rows * cols > MAX_CELLS) {
      // A very long chain is a copied document: its box is the passage, the seeds its matched words.
      return List.of(new Region(chain.minI, chain.maxI, chain.minJ, chain.maxJ, chain.coveredB()));
    }
    int[][] h = new int[rows + 1][cols + 1];
    byte[][] from = new byte[rows + 1][cols + 1];
    int best = 0;
    int bi = 0;
    int bj = 0;
    for (int i = 1; i <= rows; i++) {
      for (int j = 1; j <= cols; j++) {
        boolean same = a.words[a0 + i - 1].equals(b.words[b0 + j - 1]);
        int diag = h[i - 1][j - 1] + (same ? MATCH : MISMATCH);
        int up = h[i - 1][j] + GAP;
        int left = h[i][j - 1] + GAP;
        int v = Math.max(0, Math.max(diag, Math.max(up, left)));
        h[i][j] = v;
        from[i][j] = v == 0 ? 0 : v == diag ? (byte) (same ? 1 : 2) : v == up ? (byte) 3 : (byte) 4;
        if (v > best) {
          best = v;
          bi = i;
          bj = j;
        }
      }
    }
    if (best == 0) {
      return List.of();
    }
    List<int[]> pairs = new ArrayList<>();
    int i = bi;
    int j = bj;
    while (i > 0 && j > 0 && h[i][j] > 0) {
      switch (from[i][j]) {
        case 1 -> {
          pairs.add(0, new int[] {a0 + i - 1, b0 + j - 1});
          i--;
          j--;
        }
        case 2 -> {
          i--;
          j--;
        }
        case 3 -> i--;
        default -> j--;
      }
    }
    return pieces(pairs);
  }

  // A long run without equal words inside an alignment is two reused passages with other text between them,
  // not one edited passage: cut there.
  private static List<Region> pieces(List<int[]> pairs) {
    List<Region> out = new ArrayList<>();
    int first = 0;
    for (int k = 1; k <= pairs.size(); k++) {
      boolean cut =
          k == pairs.size()
              || pairs.get(k)[0] - pairs.get(k - 1)[0] > BREAK_GAP
              || pairs.get(k)[1] - pairs.get(k - 1)[1] > BREAK_GAP;
      if (cut) {
        int[] start = pairs.get(first);
        int[] end = pairs.get(k - 1);
        out.add(new Region(start[0], end[0] + 1, start[1], end[1] + 1, k - first));
        first = k;
      }
    }
    return out;
  }

  /** Candidate matches chained along one diagonal band. */
  private static final class Chain {
    int minI;
    int maxI;
    int minJ;
    int maxJ;
    int lastI;
    int lastJ;
    private final java.util.BitSet coveredB = new java.util.BitSet();

    Chain(int i, int j) {
      minI = i;
      maxI = i;
      minJ = j;
      maxJ = j;
      lastI = i;
      lastJ = j;
    }

    void add(int i, int j, int n) {
      minI = Math.min(minI, i);
      maxI = Math.max(maxI, i + n);
      minJ = Math.min(minJ, j);
      maxJ = Math.max(maxJ, j + n);
      lastI = i;
      lastJ = j;
      coveredB.set(j, j + n);
    }

    int coveredB() {
      return coveredB.cardinality();
    }
  }

  /** Aligned word ranges {@code [aStart, aEnd)} and {@code [bStart, bEnd)} with their equal words. */
  private record Region(int aStart, int aEnd, int bStart, int bEnd, int matched) {
    boolean overlaps(Region o) {
      return aStart < o.aEnd && o.aStart < aEnd && bStart < o.bEnd && o.bStart < bEnd;
    }
  }
}
