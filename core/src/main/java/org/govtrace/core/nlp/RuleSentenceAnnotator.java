package org.govtrace.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govtrace.core.model.DocumentText;
import org.govtrace.core.model.Sentence;
import org.govtrace.core.model.Span;
import org.govtrace.core.model.Token;

/**
 * A stand-in annotator from rules alone: sentences end at . ! ? before an upper-case letter or at a blank line,
 * tokens are runs of letters or digits or single symbols, tags are {@code X} and lemmas are lower-cased forms.
 * It keeps the pipeline whole until the trained Swedish models are wired in.
 */
public final class RuleSentenceAnnotator implements SentenceAnnotator {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-–][\\p{L}\\p{N}]+)*|\\S");
  private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d])|\\n\\s*\\n|\\n(?=\\s*[•\\-–*]\\s)");

  @Override
  public List<Sentence> annotate(DocumentText text) {
    List<Sentence> sentences = new ArrayList<>();
    String body = text.text();
    int start = 0;
    Matcher boundary = BOUNDARY.matcher(body);
    while (start < body.length()) {
      int end = boundary.find(start) ? boundary.start() : body.length();
      addSentence(text, new Span(start, end), sentences);
      start = end == body.length() ? end : boundary.end();
    }
    return sentences;
  }

  private static void addSentence(DocumentText text, Span raw, List<Sentence> out) {
    String body = text.text();
    int start = raw.start();
    int end = raw.end();
    while (start < end && Character.isWhitespace(body.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
      end--;
    }
    Span span = new Span(start, end);
    if (span.length() == 0 || text.inLetterhead(span)) {
      return;
    }
    List<Token> tokens = new ArrayList<>();
    Matcher token = TOKEN.matcher(body).region(start, end);
    while (token.find()) {
      String form = token.group();
      tokens.add(new Token(new Span(token.start(), token.end()), form, "X", form.toLowerCase(Locale.ROOT)));
    }
    out.add(new Sentence(out.size(), span, text.pageAt(start), span.of(body), tokens));
  }

  @Override
  public String fingerprint() {
    return "rules-1";
  }
}
