package org.govtrace.core.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.govtrace.core.GovTraceException;
import org.govtrace.core.NlpEvaluationResult;
import org.govtrace.core.model.DocumentText;
import org.govtrace.core.model.Sentence;
import org.govtrace.core.model.Span;

/**
 * Scores the Swedish annotator on held-out CoNLL-U data (Talbanken dev, or our own municipal gold set): tags and
 * lemmas on gold tokens, sentence and token spans on running text rebuilt from the treebank, and throughput of
 * the whole stage on one and two threads.
 */
public final class NlpEvaluation {

  /** Our own municipal-style gold sentences, bundled so every build can score them. */
  public static final String MUNICIPAL_GOLD = "gold-sv-municipal.conllu";

  private static final long WARM_UP_NANOS = 5_000_000_000L;
  private static final long MEASURE_NANOS = 3_000_000_000L;
  private static final int ROUNDS = 3;

  private final OpenNlpSentenceAnnotator annotator;
  private final boolean measureSpeed;
  private final LongSupplier threadCpuNanos;
  private final DoubleSupplier loadAverage;

  /**
   * @param annotator the annotator to score
   * @param measureSpeed whether to time the stage: a 5 s warm-up, then the best of three rounds of 3 s on one and
   *     on two threads (about 25 s)
   */
  public NlpEvaluation(OpenNlpSentenceAnnotator annotator, boolean measureSpeed) {
    this(annotator, measureSpeed, () -> 0, () -> Double.NaN);
  }

  /**
   * An evaluation that also reports CPU-time throughput: the caller supplies the clocks (for example from
   * {@code java.lang.management}), which the core module does not read.
   *
   * @param annotator the annotator to score
   * @param measureSpeed whether to time the stage
   * @param threadCpuNanos the calling thread's CPU time in nanoseconds
   * @param loadAverage the system load average, or NaN when unknown
   */
  public NlpEvaluation(OpenNlpSentenceAnnotator annotator, boolean measureSpeed, LongSupplier threadCpuNanos, DoubleSupplier loadAverage) {
    this.annotator = annotator;
    this.measureSpeed = measureSpeed;
    this.threadCpuNanos = threadCpuNanos;
    this.loadAverage = loadAverage;
  }

  /**
   * Scores a CoNLL-U file, or every {@code *-dev.conllu} file of a directory (Talbanken dev in the UD layout).
   *
   * @throws GovTraceException when the path holds no such file
   */
  public NlpEvaluationResult evaluate(Path path) {
    List<Path> files;
    if (Files.isDirectory(path)) {
      try (Stream<Path> listing = Files.list(path)) {
        files = listing.filter(p -> p.getFileName().toString().endsWith("-dev.conllu")).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list " + path + "; check the directory.", e);
      }
    } else {
      files = Files.isRegularFile(path) ? List.of(path) : List.of();
    }
    if (files.isEmpty()) {
      throw new GovTraceException("No CoNLL-U dev file (*-dev.conllu) found at " + path + "; point --ud at the UD Swedish directory.");
    }
    MessageDigest digest = NlpModels.sha256();
    List<Conllu.Sentence> sentences = new ArrayList<>();
    for (Path file : files) {
      try {
        digest.update(Files.readAllBytes(file));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + file + "; check the file.", e);
      }
      sentences.addAll(Conllu.read(file));
    }
    String name = files.size() == 1 ? files.get(0).getFileName().toString() : path.toString();
    return evaluate(name, sentences, HexFormat.of().formatHex(digest.digest(), 0, 8));
  }

  /** Scores the bundled municipal gold set. */
  public NlpEvaluationResult evaluateMunicipalGold() {
    try (InputStream in = NlpEvaluation.class.getResourceAsStream(MUNICIPAL_GOLD)) {
      if (in == null) {
        throw new UncheckedIOException("The gold resource org/govtrace/core/nlp/" + MUNICIPAL_GOLD + " is missing; rebuild the jar.",
            new java.io.FileNotFoundException(MUNICIPAL_GOLD));
      }
      byte[] bytes = in.readAllBytes();
      MessageDigest digest = NlpModels.sha256();
      List<Conllu.Sentence> sentences = Conllu.read(new java.io.ByteArrayInputStream(bytes));
      return evaluate(MUNICIPAL_GOLD, sentences, HexFormat.of().formatHex(digest.digest(bytes), 0, 8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the gold resource " + MUNICIPAL_GOLD + "; rebuild the jar.", e);
    }
  }

  NlpEvaluationResult evaluate(String name, List<Conllu.Sentence> sentences, String checksum) {
    int tokens = 0;
    int uposRight = 0;
    int lemmaRight = 0;
    for (Conllu.Sentence sentence : sentences) {
      String[][] tagged = annotator.tagAndLemmatize(sentence.forms().toArray(new String[0]));
      for (int i = 0; i < tagged[0].length; i++) {
        tokens++;
        uposRight += tagged[0][i].equals(sentence.upos().get(i)) ? 1 : 0;
        lemmaRight += tagged[1][i].equals(sentence.lemmas().get(i)) ? 1 : 0;
      }
    }
    List<GoldDocument> documents = documents(sentences);
    Counts sentenceCounts = new Counts();
    Counts tokenCounts = new Counts();
    int rawTagRight = 0;
    for (GoldDocument document : documents) {
      List<Sentence> found = annotator.annotate(DocumentText.ofPlainText(document.text()));
      sentenceCounts.add(document.sentences(), found.stream().map(Sentence::span).toList());
      Map<Span, String> foundTags = new HashMap<>();
      found.forEach(s -> s.tokens().forEach(t -> foundTags.put(t.span(), t.upos())));
      tokenCounts.add(document.tokens().keySet(), foundTags.keySet());
      for (Map.Entry<Span, String> gold : document.tokens().entrySet()) {
        rawTagRight += gold.getValue().equals(foundTags.get(gold.getKey())) ? 1 : 0;
      }
    }
    double[] single = new double[2];
    double[] dual = new double[2];
    if (measureSpeed) {
      // Best of a few rounds after a warm-up: on a shared machine the slow rounds measure the neighbours' load.
      List<DocumentText> texts = documents.stream().map(d -> DocumentText.ofPlainText(d.text())).toList();
      run(texts, 2, WARM_UP_NANOS);
      for (int round = 0; round < ROUNDS; round++) {
        keepBest(single, run(texts, 1, MEASURE_NANOS));
        keepBest(dual, run(texts, 2, MEASURE_NANOS));
      }
    }
    return new NlpEvaluationResult(name, checksum, annotator.fingerprint(), annotator.beamSize(), sentences.size(), tokens,
        ratio(uposRight, tokens), ratio(lemmaRight, tokens), sentenceCounts.f1(), tokenCounts.f1(),
        ratio(rawTagRight, tokens), single[0], dual[0], single[1], dual[1], Runtime.getRuntime().availableProcessors(),
        loadAverage.getAsDouble());
  }

  private static void keepBest(double[] best, double[] measured) {
    for (int i = 0; i < best.length; i++) {
      best[i] = Math.max(best[i], measured[i]);
    }
  }

  /**
   * Annotates the texts over and over on each thread until the time is up. Thread CPU time is measured too: on a
   * machine shared with other work, wall-clock figures fall with the load, CPU-time figures much less.
   */
  private double[] run(List<DocumentText> texts, int threads, long nanos) {
    AtomicLong tokenTotal = new AtomicLong();
    AtomicLong cpuTotal = new AtomicLong();
    long started = System.nanoTime();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(Thread.ofPlatform().start(() -> {
        long cpuStart = threadCpuNanos.getAsLong();
        long count = 0;
        while (System.nanoTime() - started < nanos) {
          for (DocumentText text : texts) {
            for (Sentence sentence : annotator.annotate(text)) {
              count += sentence.tokens().size();
            }
          }
        }
        tokenTotal.addAndGet(count);
        cpuTotal.addAndGet(threadCpuNanos.getAsLong() - cpuStart);
      }));
    }
    for (Thread worker : workers) {
      try {
        worker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new GovTraceException("The speed measurement was interrupted; run nlp-eval again.", e);
      }
    }
    double wallSeconds = (System.nanoTime() - started) / 1e9;
    double perCpuSecond = cpuTotal.get() > 0 ? tokenTotal.get() / (cpuTotal.get() / 1e9) : 0;
    return new double[] {tokenTotal.get() / wallSeconds, perCpuSecond};
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /** Running text rebuilt from treebank sentences, with the gold sentence and token spans in it. */
  record GoldDocument(String text, List<Span> sentences, Map<Span, String> tokens) {}

  static List<GoldDocument> documents(List<Conllu.Sentence> sentences) {
    List<GoldDocument> documents = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    Map<Span, String> tokens = new HashMap<>();
    for (Conllu.Sentence sentence : sentences) {
      if (sentence.layout() == Conllu.Layout.DOCUMENT && !spans.isEmpty()) {
        documents.add(new GoldDocument(text.toString(), List.copyOf(spans), Map.copyOf(tokens)));
        text.setLength(0);
        spans.clear();
        tokens.clear();
      }
      if (!text.isEmpty()) {
        text.append(switch (sentence.layout()) {
          case DOCUMENT, PARAGRAPH -> "\n\n";
          case LINE -> "\n";
          case SPACE -> " ";
        });
      }
      text.append(sentence.prefix());
      int start = text.length();
      text.append(sentence.text());
      spans.add(new Span(start, text.length()));
      opennlp.tools.util.Span[] aligned = NlpTrainer.align(sentence.text(), sentence.forms());
      if (aligned != null) {
        for (int i = 0; i < aligned.length; i++) {
          tokens.put(new Span(start + aligned[i].getStart(), start + aligned[i].getEnd()), sentence.upos().get(i));
        }
      }
    }
    if (!spans.isEmpty()) {
      documents.add(new GoldDocument(text.toString(), List.copyOf(spans), Map.copyOf(tokens)));
    }
    return documents;
  }

  /** True positives, gold and found counts for an F1 over spans. */
  private static final class Counts {
    private long matched;
    private long gold;
    private long found;

    void add(java.util.Collection<Span> goldSpans, java.util.Collection<Span> foundSpans) {
      Set<Span> goldSet = new HashSet<>(goldSpans);
      gold += goldSet.size();
      found += foundSpans.size();
      matched += foundSpans.stream().filter(goldSet::contains).count();
    }

    double f1() {
      return gold + found == 0 ? 0 : 2.0 * matched / (gold + found);
    }
  }
}
