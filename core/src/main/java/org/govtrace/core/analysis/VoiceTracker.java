package org.govtrace.core.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
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
  private final Map<Voice, Pattern> glued = new EnumMap<>(Voice.class);

  VoiceTracker(Lexicon lexicon) {
    this.retelling = lexicon.wholeLine("heading.retelling");
    this.own = lexicon.wholeLine("heading.own");
    this.decision = lexicon.wholeLine("heading.decision");
    for (Map.Entry<Voice, String> entry : Map.of(Voice.RETELLING, "heading.retelling", Voice.OWN, "heading.own", Voice.DECISION, "heading.decision").entrySet()) {
      // The glued sentence starts with a capital letter right after the heading's last letter.
      glued.put(entry.getKey(), Pattern.compile("(" + lexicon.alternation(entry.getValue()) + ")(?-i:(?=\\p{Lu}\\p{Ll}))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
  }

  private Pattern gluedHeading(Voice voice) {
    return glued.get(voice);
  }

  List<PlacedSentence> place(DocumentText text, List<Sentence> sentences) {
    List<PlacedSentence> placed = new ArrayList<>();
    Voice voice = Voice.UNKNOWN;
    String heading = null;
    Section lastSection = null;
    String all = text.text();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
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
      // A heading glued to the first word of its text ("SammanfattningKommunstyrelsen har …") by the extraction.
      for (Voice candidate : List.of(Voice.DECISION, Voice.OWN, Voice.RETELLING)) {
        Matcher glued = gluedHeading(candidate).matcher(body).region(start, body.length());
        if (glued.lookingAt()) {
          heading = glued.group(1);
          voice = candidate;
          start = glued.end(1);
          break;
        }
      }
      Matcher bullet = BULLET.matcher(body).region(start, body.length());
      boolean listItem = bullet.lookingAt();
      if (listItem) {
        start = bullet.end();
      }
      // A sentence alone on its line(s) is a list item whose bullet the text cleaner removed.
      int before = i == 0 ? 0 : sentences.get(i - 1).span().end();
      int after = i + 1 == sentences.size() ? all.length() : sentences.get(i + 1).span().start();
      listItem |= i > 0 && lineBreakBetween(all, before, sentence.span().start()) && lineBreakBetween(all, sentence.span().end(), after);
      while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
        start++;
      }
      placed.add(new PlacedSentence(sentence, heading, voice, start, listItem));
    }
    return placed;
  }

  private static boolean lineBreakBetween(String text, int from, int to) {
    return from <= to && to <= text.length() && text.substring(from, to).indexOf('\n') >= 0 || to >= text.length();
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
