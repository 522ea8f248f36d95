package org.govtrace.core.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.Finding;
import org.govtrace.core.model.Sentence;
import org.govtrace.core.model.Span;
import org.govtrace.core.model.Token;

/**
 * The meaning-bearing lemmas of a text, the basis of every similarity in compare and trace: function words
 * (by UPOS and Lucene's Swedish stop list) are dropped and each lemma is reduced by Lucene's Swedish stemmer,
 * so "resultatmålen" and "resultatmål" meet even where the lemmatiser has not run. Thread-safe; built once.
 */
public final class ContentLemmas implements AutoCloseable {

  private static final Set<String> FUNCTION_TAGS =
      Set.of("PUNCT", "SYM", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "INTJ");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  // Modal verbs and connectives that Lucene's stop list keeps but that carry no topic, for text without UPOS.
  private static final Set<String> EXTRA_STOP =
      Set.of("ska", "skall", "bör", "måste", "kommer", "få", "får", "även", "också", "samt", "genom", "kunna");

  private static final org.apache.lucene.analysis.CharArraySet STOP = SwedishAnalyzer.getDefaultStopSet();

  private final Analyzer analyzer = new SwedishAnalyzer();
  private final Map<String, String> stems = new ConcurrentHashMap<>();

  /** Content lemmas with Lucene's Swedish analyzer; close it when done. */
  public ContentLemmas() {}

  /**
   * The content keys of the tokens, in order, repeats kept.
   *
   * @param tokens tagged and lemmatised tokens
   * @return the stemmed lemmas of the content words
   */
  public List<String> keys(List<Token> tokens) {
    List<String> keys = new ArrayList<>();
    for (Token token : tokens) {
      if (token.upos() != null && FUNCTION_TAGS.contains(token.upos())) {
        continue;
      }
      String lemma = token.lemma() == null || token.lemma().isBlank() ? token.text() : token.lemma();
      String key = stem(lemma.toLowerCase(Locale.ROOT));
      if (!key.isEmpty() && !EXTRA_STOP.contains(lemma.toLowerCase(Locale.ROOT))) {
        keys.add(key);
      }
    }
    return keys;
  }

  /**
   * Whether a token is a content word: not a function word by UPOS or stop list, and starting with a letter.
   * Keyness counts these.
   *
   * @param token a tagged token
   * @return true for a content word
   */
  public boolean isContentWord(Token token) {
    if (token.upos() != null && FUNCTION_TAGS.contains(token.upos())) {
      return false;
    }
    String form = (token.lemma() == null || token.lemma().isBlank() ? token.text() : token.lemma()).toLowerCase(Locale.ROOT);
    return !form.isEmpty() && Character.isLetter(form.charAt(0)) && !STOP.contains(form) && !EXTRA_STOP.contains(form);
  }

  /**
   * The content keys of plain text, for text that has no tokens (titles, headings, thesaurus labels).
   *
   * @param text the text
   * @return the stemmed content words, in order
   */
  public List<String> keys(String text) {
    List<String> keys = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String key = stem(m.group());
      if (!key.isEmpty() && !EXTRA_STOP.contains(m.group())) {
        keys.add(key);
      }
    }
    return keys;
  }

  /**
   * The content keys of a finding: the tokens of its sentence that fall inside the finding's own text, or the
   * whole sentence when the text cannot be placed.
   *
   * @param doc the document the finding belongs to
   * @param finding the finding
   * @return the keys
   */
  public Set<String> keys(AnalyzedDocument doc, Finding finding) {
    List<Token> tokens = tokens(doc, finding);
    return tokens.isEmpty() ? new LinkedHashSet<>(keys(finding.text())) : new LinkedHashSet<>(keys(tokens));
  }

  /**
   * The tokens of a finding: those of its sentence that fall inside the finding's own text, or the whole
   * sentence when the text cannot be placed; empty when the finding has no evidence.
   */
  List<Token> tokens(AnalyzedDocument doc, Finding finding) {
    Span span = finding.evidence() == null ? null : finding.evidence().span();
    if (span == null) {
      return List.of();
    }
    Span inner = span;
    if (finding.text() != null && span.end() <= doc.text().text().length()) {
      int at = doc.text().text().indexOf(finding.text(), span.start());
      if (at >= 0 && at + finding.text().length() <= span.end()) {
        inner = new Span(at, at + finding.text().length());
      }
    }
    List<Token> tokens = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (s.span().overlaps(span)) {
        for (Token t : s.tokens()) {
          if (inner.contains(t.span())) {
            tokens.add(t);
          }
        }
      }
    }
    return tokens;
  }

  private String stem(String word) {
    if (word.isEmpty() || !Character.isLetterOrDigit(word.charAt(0))) {
      return "";
    }
    return stems.computeIfAbsent(word, this::analyze);
  }

  private String analyze(String word) {
    try (TokenStream stream = analyzer.tokenStream("w", word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      StringBuilder out = new StringBuilder();
      while (stream.incrementToken()) {
        out.append(term);
      }
      stream.end();
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("the Swedish analyzer failed on a string in memory", e);
    }
  }

  /**
   * Inverse document frequencies over a collection of key sets (a document's sentences), for weighting.
   *
   * @param bags the key sets
   * @return the weights
   */
  public Weights weights(Collection<? extends Collection<String>> bags) {
    Map<String, Integer> df = new HashMap<>();
    for (Collection<String> bag : bags) {
      for (String key : new HashSet<>(bag)) {
        df.merge(key, 1, Integer::sum);
      }
    }
    return new Weights(df, bags.size());
  }

  @Override
  public void close() {
    analyzer.close();
  }

  /**
   * Key weights: rare words count more than words every sentence uses. Similarities are weighted cosine and
   * weighted containment over key sets.
   */
  public static final class Weights {
    static final double COMPOUND_CREDIT = 0.7;
    static final double MODIFIER_CREDIT = 0.5;
    private static final int MIN_COMPOUND_PART = 5;
    private final Map<String, Integer> df;
    private final int n;
    private final Set<String> light;
    private final double lightFactor;

    Weights(Map<String, Integer> df, int n) {
      this(df, n, Set.of(), 1);
    }

    private Weights(Map<String, Integer> df, int n, Set<String> light, double lightFactor) {
      this.df = df;
      this.n = n;
      this.light = Set.copyOf(light);
      this.lightFactor = lightFactor;
    }

    /** These weights with the given keys counted at {@code factor} of their weight (generic words). */
    Weights discounting(Set<String> keys, double factor) {
      return new Weights(df, n, keys, factor);
    }

    /**
     * The weight of a key: smoothed inverse document frequency, unseen keys weighing most; a discounted key
     * weighs a fixed share of that.
     *
     * @param key a content key
     * @return the weight, above 0
     */
    public double weight(String key) {
      double idf = Math.log(1 + (n + 1.0) / (df.getOrDefault(key, 0) + 0.5));
      return light.contains(key) ? idf * lightFactor : idf;
    }

    /**
     * Weighted cosine of two key sets, 0 to 1. A key without an equal partner still counts (at
     * {@value #COMPOUND_CREDIT} of its weight) when it is the head or the start of a compound on the other side
     * ("praktik" and "praktikplats", "skola" and "förskola"): Swedish writes new words by compounding.
     *
     * @param a one key set
     * @param b the other key set
     * @return the similarity, 0 when either set is empty
     */
    public double cosine(Set<String> a, Set<String> b) {
      if (a.isEmpty() || b.isEmpty()) {
        return 0;
      }
      return Math.min(1, shared(a, b) / Math.sqrt(norm(a) * norm(b)));
    }

    /**
     * The weighted share of {@code part} found in {@code whole}, 0 to 1, compounds counted as in {@link #cosine}.
     *
     * @param part the key set looked for
     * @param whole the key set looked in
     * @return the share, 0 when {@code part} is empty
     */

    public double containment(Set<String> part, Set<String> whole) {
      if (part.isEmpty()) {
        return 0;
      }
      return Math.min(1, shared(part, whole) / norm(part));
    }

    private double shared(Set<String> a, Set<String> b) {
      double shared = 0;
      for (String k : a) {
        if (b.contains(k)) {
          shared += sq(weight(k));
        } else if (k.length() >= MIN_COMPOUND_PART) {
          double best = 0;
          for (String o : b) {
            if (compoundPartOf(k, o)) {
              best = COMPOUND_CREDIT;
              break;
            }
            if (sameModifier(k, o)) {
              best = MODIFIER_CREDIT;
            }
          }
          if (best > 0) {
            for (String o : b) {
              if (best == COMPOUND_CREDIT ? compoundPartOf(k, o) : sameModifier(k, o)) {
                shared += best * weight(k) * weight(o);
                break;
              }
            }
          }
        }
      }
      return shared;
    }

    /**
     * Whether two compounds share their first part before a linking s ("fritidsverksamhet" and
     * "fritidsaktiviteter", both about fritid): related, less than a compound and its part.
     */
    static boolean sameModifier(String k, String o) {
      int s = k.indexOf('s', MIN_COMPOUND_PART);
      while (s > 0 && s + 3 < k.length()) {
        if (o.length() > s + 3 && o.startsWith(k.substring(0, s + 1)) && !o.equals(k)) {
          return true;
        }
        s = k.indexOf('s', s + 1);
      }
      return false;
    }

    /** Whether one key is the start or the head of the other, a compound ("praktik" and "praktikplats"). */
    static boolean compoundPartOf(String k, String o) {
      return k.length() >= MIN_COMPOUND_PART && o.length() >= MIN_COMPOUND_PART && o.length() != k.length()
          && (o.startsWith(k) || k.startsWith(o) || o.endsWith(k) || k.endsWith(o));
    }

    private double norm(Set<String> keys) {
      double sum = 0;
      for (String k : keys) {
        sum += sq(weight(k));
      }
      return sum;
    }

    private static double sq(double x) {
      return x * x;
    }
  }
}
