package org.govtrace.core.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.Sentence;
import org.govtrace.core.model.Span;
import org.govtrace.core.model.Token;

/**
 * A document as the sequence of its words (punctuation dropped, lower case), each with its span, for local
 * alignment. A word broken by a hyphen at a line end ("kompetens-\nutveckling") is joined again, so text that
 * extraction did not repair still aligns with a clean copy.
 */
final class WordSequence {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  final String[] words;
  final Span[] spans;

  private WordSequence(List<String> words, List<Span> spans) {
    this.words = words.toArray(String[]::new);
    this.spans = spans.toArray(Span[]::new);
  }

  int size() {
    return words.length;
  }

  static WordSequence of(AnalyzedDocument doc) {
    String text = doc.text().text();
    List<Token> tokens = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      tokens.addAll(s.tokens());
    }
    if (tokens.isEmpty()) {
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        tokens.add(new Token(new Span(m.start(), m.end()), m.group(), null, null));
      }
    }
    List<String> words = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String form = normalise(t.text());
      if (form.isEmpty()) {
        continue;
      }
      Span span = t.span();
      // A token ending in a hyphen at a line end, or a hyphen token there, glues on to the next word.
      while (true) {
        int hyphenEnd;
        int next;
        if (t.text().endsWith("-") || t.text().endsWith("\u00AD")) {
          hyphenEnd = t.span().end();
          next = i + 1;
        } else if (i + 1 < tokens.size()
            && isHyphen(tokens.get(i + 1).text())
            && tokens.get(i + 1).span().start() == t.span().end()) {
          hyphenEnd = tokens.get(i + 1).span().end();
          next = i + 2;
        } else {
          break;
        }
        if (next >= tokens.size()) {
          break;
        }
        Token following = tokens.get(next);
        String gap = safeSubstring(text, hyphenEnd, following.span().start());
        String followingForm = normalise(following.text());
        if (!gap.contains("\n") || !gap.isBlank() || followingForm.isEmpty() || !Character.isLowerCase(following.text().charAt(0))) {
          break;
        }
        form = form + followingForm;
        span = new Span(span.start(), following.span().end());
        t = following;
        i = next;
      }
      words.add(form);
      spans.add(span);
    }
    return new WordSequence(words, spans);
  }

  private static boolean isHyphen(String s) {
    return s.equals("-") || s.equals("\u00AD") || s.equals("‐");
  }

  private static String safeSubstring(String text, int start, int end) {
    return start <= end && end <= text.length() ? text.substring(start, end) : "x";
  }

  private static String normalise(String token) {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < token.length(); k++) {
      char c = token.charAt(k);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
