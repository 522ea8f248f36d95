package org.govtrace.core.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads plain text that Tika's detector takes for binary. Windows-1252 writes "–", "”" and "…" as bytes 0x80–0x9F,
 * which Tika's text detector counts as control characters, so Swedish text saved by older Windows programs comes
 * back as {@code application/octet-stream}. Bytes count as text here when they hold no NUL and almost no other
 * control bytes; they are decoded as UTF-8 when valid, otherwise as Windows-1252.
 */
final class PlainTextFallback {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The decoded text, or null when the bytes do not look like text. */
  String decode(byte[] bytes) {
    if (bytes.length == 0 || !looksLikeText(bytes)) {
      return null;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, WINDOWS_1252);
    }
  }

  private static boolean looksLikeText(byte[] bytes) {
    int control = 0;
    int letters = 0;
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (c == 0) {
        return false;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      } else if (Character.isLetter(c) || c >= 0xC0 || c == ' ') {
        letters++;
      }
    }
    return control <= bytes.length / 200 && letters >= bytes.length / 2;
  }
}
