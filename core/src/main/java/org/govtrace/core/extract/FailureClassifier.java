package org.govtrace.core.extract;

import java.util.Locale;

/**
 * Maps what Tika, PDFBox and POI throw to an {@link ExtractionFailure}. The libraries signal the same reason with
 * different types (Tika's and POI's {@code EncryptedDocumentException}, PDFBox's {@code InvalidPasswordException})
 * or only by message (POI's and Tika's "Zip bomb detected!"), so the whole cause chain is read.
 */
final class FailureClassifier {

  ExtractionFailure classify(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String type = t.getClass().getSimpleName();
      String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (type.equals("EncryptedDocumentException")
          || type.equals("InvalidPasswordException")
          || message.contains("password")) {
        return ExtractionFailure.ENCRYPTED;
      }
      if (type.equals("ZeroByteFileException")) {
        return ExtractionFailure.EMPTY;
      }
      if (message.contains("zip bomb") || type.equals("TikaMemoryLimitException")) {
        return ExtractionFailure.ZIP_BOMB;
      }
      if (type.equals("UnsupportedFormatException")) {
        return ExtractionFailure.UNSUPPORTED;
      }
    }
    return ExtractionFailure.CORRUPT;
  }
}
