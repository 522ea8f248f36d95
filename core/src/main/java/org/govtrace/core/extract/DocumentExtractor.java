package org.govtrace.core.extract;

import org.govtrace.core.ExtractionLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts the text of one file with Apache Tika, page by page for PDFs and slide by slide for presentations.
 *
 * <p>The format is detected from the content, never from the file name, so a PDF named {@code .txt} is read as a
 * PDF and random bytes named {@code .pdf} are {@link ExtractionFailure#UNSUPPORTED}. Reads PDF, DOCX, DOC, ODT,
 * RTF, HTML, PPTX (and PPT, ODP) and plain text in any encoding Tika detects (UTF-8, Windows-1252).
 *
 * <p>Each file runs under {@link ExtractionLimits}: past the character limit the text read so far is kept and
 * the result is marked truncated; a parse that outlives the time limit is abandoned; Tika's {@code
 * SecureContentHandler} (applied by {@link AutoDetectParser}) stops zip bombs and deeply nested content. Every
 * failure is an {@link ExtractionException} whose message names the file, the reason and what to do.
 *
 * <p>Built once and shared: the parser, its configuration and the worker threads are reused, and {@code extract}
 * may be called from many threads at once. OCR is off; a scan without a text layer is {@link
 * ExtractionFailure#EMPTY}.
 */
public final class DocumentExtractor {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentExtractor.class);

  // What govtrace reads; a type Tika detects outside these (images, archives, octet streams) is UNSUPPORTED.
  private static final Set<MediaType> SUPPORTED =
      Set.of(
          MediaType.application("pdf"),
          MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
          MediaType.application("msword"),
          MediaType.application("vnd.oasis.opendocument.text"),
          MediaType.application("rtf"),
          MediaType.text("html"),
          MediaType.application("xhtml+xml"),
          MediaType.application("vnd.openxmlformats-officedocument.presentationml.presentation"),
          MediaType.application("vnd.ms-powerpoint"),
          MediaType.application("vnd.oasis.opendocument.presentation"),
          // Macro-enabled and template variants of the same formats.
          MediaType.application("vnd.ms-word.document.macroenabled.12"),
          MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.template"),
          MediaType.application("vnd.ms-powerpoint.presentation.macroenabled.12"),
          MediaType.application("vnd.openxmlformats-officedocument.presentationml.slideshow"),
          MediaType.TEXT_PLAIN);

  private final AutoDetectParser parser;
  private final MediaTypeRegistry registry;
  private final PDFParserConfig pdfConfig;
  private final TesseractOCRConfig ocrConfig;
  private final ExtractionLimits limits;
  private final ExecutorService workers;
  private final FailureClassifier classifier = new FailureClassifier();
  private final PlainTextFallback textFallback = new PlainTextFallback();

  /** An extractor that runs every file under {@code limits}. */
  public DocumentExtractor(ExtractionLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    TikaConfig config = TikaConfig.getDefaultConfig();
    this.parser = new AutoDetectParser(config);
    this.registry = config.getMediaTypeRegistry();
    this.pdfConfig = new PDFParserConfig();
    pdfConfig.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdfConfig.setExtractInlineImages(false);
    this.ocrConfig = new TesseractOCRConfig();
    ocrConfig.setSkipOcr(true);
    // Daemon threads: a parse that hangs past its time limit must not keep the JVM alive.
    AtomicInteger count = new AtomicInteger();
    this.workers =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "govtrace-extract-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** The limits this extractor runs under. */
  public ExtractionLimits limits() {
    return limits;
  }

  /**
   * Extracts the file at {@code file}.
   *
   * @throws ExtractionException naming the file and the reason when it cannot be read, is empty, encrypted,
   *     damaged, unsupported, too slow or a zip bomb
   */
  public Extraction extract(Path file) {
    String source = file.toString();
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw ExtractionException.of(ExtractionFailure.UNREADABLE, source, null);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return extract(in, source);
    } catch (IOException e) {
      throw ExtractionException.of(ExtractionFailure.UNREADABLE, source, e);
    }
  }

  /**
   * Extracts a stream whose content comes from the file named {@code name} (used in messages and as {@link
   * Extraction#source()}, never for detecting the format). The stream is consumed but not closed: closing it
   * remains the caller's job.
   *
   * @throws ExtractionException as for {@link #extract(Path)}
   */
  public Extraction extract(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Future<Extraction> task = workers.submit(() -> parse(in, name));
    try {
      return task.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      LOG.warn("Abandoned extraction of {} after {}", name, limits.timeout());
      throw ExtractionException.of(ExtractionFailure.TIMEOUT, name, e);
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      throw ExtractionException.of(ExtractionFailure.TIMEOUT, name, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ExtractionException failure) {
        throw failure;
      }
      throw ExtractionException.of(classifier.classify(cause), name, cause);
    }
  }

  private Extraction parse(InputStream in, String name) throws Exception {
    try (TemporaryResources temporary = new TemporaryResources()) {
      // No resource name in the metadata: the format comes from the bytes alone.
      Metadata metadata = new Metadata();
      TikaInputStream stream = TikaInputStream.get(in, temporary, metadata);
      MediaType type = parser.getDetector().detect(stream, new Metadata()).getBaseType();
      if (!isSupported(type)) {
        ExtractionFailure failure = unsupported(type, stream);
        Extraction text = failure == ExtractionFailure.UNSUPPORTED ? plainText(stream, name) : null;
        if (text == null) {
          throw ExtractionException.of(failure, name, null);
        }
        return text;
      }
      PageCollector pages = new PageCollector();
      boolean truncated = false;
      try {
        parser.parse(
            stream,
            new BodyContentHandler(new WriteOutContentHandler(pages, (int) limits.maxCharacters())),
            metadata,
            context());
      } catch (Exception e) {
        if (!WriteLimitReachedException.isWriteLimitReached(e)) {
          throw e;
        }
        truncated = true;
      }
      List<String> texts = pages.pages();
      if (limits.maxCharacters() != ExtractionLimits.UNLIMITED) {
        texts = withinLimit(texts, (int) limits.maxCharacters());
      }
      if (texts.stream().allMatch(String::isBlank)) {
        throw ExtractionException.of(ExtractionFailure.EMPTY, name, null);
      }
      return new Extraction(name, type.toString(), texts, singleValues(metadata), truncated);
    }
  }

  /** The pages cut to {@code limit} characters: the line ends added between blocks count too. */
  private static List<String> withinLimit(List<String> pages, int limit) {
    List<String> kept = new java.util.ArrayList<>(pages.size());
    int left = limit;
    for (String page : pages) {
      kept.add(page.length() <= left ? page : page.substring(0, left));
      left -= kept.get(kept.size() - 1).length();
    }
    return kept;
  }

  private boolean isSupported(MediaType type) {
    for (MediaType t = type; t != null; t = registry.getSupertype(t)) {
      if (SUPPORTED.contains(t)) {
        return true;
      }
    }
    return false;
  }

  /** Text Tika's detector took for binary (Windows-1252 with curly quotes and dashes), or null. */
  private Extraction plainText(TikaInputStream stream, String name) throws IOException {
    long limit = limits.maxCharacters() == ExtractionLimits.UNLIMITED ? Integer.MAX_VALUE - 8 : limits.maxCharacters();
    byte[] bytes = stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit * 4 + 4));
    String text = textFallback.decode(bytes);
    if (text == null) {
      return null;
    }
    boolean truncated = text.length() > limit || stream.read() >= 0;
    if (text.length() > limit) {
      text = text.substring(0, (int) limit);
    }
    if (text.isBlank()) {
      throw ExtractionException.of(ExtractionFailure.EMPTY, name, null);
    }
    return new Extraction(name, MediaType.TEXT_PLAIN.toString(), List.of(text), Map.of(), truncated);
  }

  private static ExtractionFailure unsupported(MediaType type, TikaInputStream stream) throws IOException {
    if (isEmptyStream(stream)) {
      return ExtractionFailure.EMPTY;
    }
    // Office containers Tika could open but not name: password-protected OOXML, or a damaged document.
    return switch (type.toString()) {
      case "application/x-tika-ooxml-protected" -> ExtractionFailure.ENCRYPTED;
      case "application/x-tika-ooxml", "application/x-tika-msoffice" -> ExtractionFailure.CORRUPT;
      default -> ExtractionFailure.UNSUPPORTED;
    };
  }

  private static boolean isEmptyStream(TikaInputStream stream) throws IOException {
    stream.mark(1);
    int first = stream.read();
    stream.reset();
    return first < 0;
  }

  private ParseContext context() {
    ParseContext context = new ParseContext();
    context.set(PDFParserConfig.class, pdfConfig);
    context.set(TesseractOCRConfig.class, ocrConfig);
    return context;
  }

  private static Map<String, String> singleValues(Metadata metadata) {
    Map<String, String> values = new TreeMap<>();
    for (String key : metadata.names()) {
      String value = metadata.get(key);
      if (value != null && !key.startsWith("X-TIKA:")) {
        values.put(key, value);
      }
    }
    return values;
  }
}
