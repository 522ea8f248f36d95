package org.govtrace.core.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A document's identity: the SHA-256 of its bytes, so the same bytes are never analysed twice.
 *
 * @param value the hex digest
 */
public record DocumentId(String value) {

  /**
   * Checks the value.
   *
   * @throws IllegalArgumentException when the value is null or blank
   */
  public DocumentId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A document id needs a value");
    }
  }

  /**
   * The id of the given bytes.
   *
   * @param bytes a file's content
   * @return the id holding their SHA-256 in lower-case hex
   */
  public static DocumentId of(byte[] bytes) {
    try {
      return new DocumentId(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /**
   * The first twelve hex digits, enough for a person to name a document.
   *
   * @return the short form
   */

  public String shortForm() {
    return value.substring(0, Math.min(12, value.length()));
  }

  @Override
  public String toString() {
    return value;
  }
}
