package org.govtrace.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govtrace.core.model.DocumentText;
import org.govtrace.core.model.Section;
import org.govtrace.core.model.Sentence;

/**
 * Places each sentence under its heading and gives it the voice of that heading (DOMAIN.md "Who speaks",
 * "Structure"). Uses the sections of the cleaned text when there are any, and also recognises known heading
 * lines at the start of a sentence, since a heading without a full stop is often glued to the text below it.
 * Unknown headings keep the voice of the section around them.
 */
final class VoiceTracker {

  // Bullets as PDF text shows them, private-use symbol-font glyphs included, and "1." or "a)" numbering.
  private static final Pattern BULLET =
      Pattern.compile("^\\s*(?:[•◦▪▫‣⁃●○■□–—*·\\x{F000}-\\x{F0FF}]|-(?=\\s)|\\d{1,2}[.)](?=\\s)|[a-z]\\)(?=\\s))\\s*");

  private final Pattern retelling;
  private final Pattern own;
  private final Pattern decision;

  VoiceTracker(Lexicon lexicon) {
    this.retelling = lexicon.wholeLine("heading.retelling");
    this.own = lexicon.wholeLine("heading.own");
    this.decision = lexicon.wholeLine("heading.decision");
  }

  List<PlacedSentence> place(DocumentText text, List<Sentence> sentences) {
    List<PlacedSentence> placed = new ArrayList<>();
    Voice voice = Voice.UNKNOWN;
    String heading = null;
    Section lastSection = null;
    for (Sentence sentence : sentences) {
      Section section = text.sectionAt(sentence.span().start());
      if (section != null && section != lastSection) {
        lastSection = section;
        heading = section.heading();
        voice = voiceOf(heading, voice);
      }
      String body = sentence.text();
      int start = 0;
      // Leading lines that are headings on their own.
      while (true) {
        int newline = body.indexOf('\n', start);
        String line = (newline < 0 ? body.substring(start) : body.substring(start, newline)).strip();
        Voice lineVoice = voiceOf(line, null);
        if (lineVoice == null || line.isEmpty()) {
          break;
        }
        heading = line.replaceAll("^\\d+(?:\\.\\d+)*\\.?\\s+", "").replaceAll(":$", "");
        voice = lineVoice;
        if (newline < 0) {
          start = body.length();
          break;
        }
        start = newline + 1;
      }
      Matcher bullet = BULLET.matcher(body).region(start, body.length());
      boolean listItem = bullet.lookingAt();
      if (listItem) {
        start = bullet.end();
      }
      while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
        start++;
      }
      placed.add(new PlacedSentence(sentence, heading, voice, start, listItem));
    }
    return placed;
  }

  /** The voice a heading announces, or {@code otherwise} for a heading the lexicon does not know. */
  Voice voiceOf(String heading, Voice otherwise) {
    String line = heading.strip();
    if (line.length() > 80) {
      return otherwise;
    }
    if (decision.matcher(line).matches()) {
      return Voice.DECISION;
    }
    if (own.matcher(line).matches()) {
      return Voice.OWN;
    }
    if (retelling.matcher(line).matches()) {
      return Voice.RETELLING;
    }
    return otherwise;
  }
}
