// A copy of core's test builder: cli tests cannot see core's test classes.
package org.govtrace.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.DocumentId;
import org.govtrace.core.model.DocumentProfile;
import org.govtrace.core.model.DocumentText;
import org.govtrace.core.model.DocumentType;
import org.govtrace.core.model.Evidence;
import org.govtrace.core.model.Finding;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.model.Page;
import org.govtrace.core.model.Sentence;
import org.govtrace.core.model.Span;
import org.govtrace.core.model.Stance;
import org.govtrace.core.model.Token;

/**
 * Analysed documents built by hand for tests of the stages after the index: profile fields, text split into
 * pages at form feeds, sentences and tokens by rule (lemma = lower-cased form), findings tied to the sentence
 * that contains a given phrase.
 */
final class TestDocuments {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|\\S");
  private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d])|\\n\\s*\\n");

  private TestDocuments() {}

  /** A builder for a document read from {@code source}. */
  public static Builder document(String source) {
    return new Builder(source);
  }

  /** Builds one {@link AnalyzedDocument}. */
  public static final class Builder {
    private final String source;
    private DocumentType type = DocumentType.OTHER;
    private String title;
    private String body;
    private String dnr;
    private String respondsTo;
    private List<String> cited = List.of();
    private List<LocalDate> dates = List.of();
    private String text = "";
    private Stance stance = Stance.NEUTRAL;
    private final List<Object[]> findings = new ArrayList<>();

    private Builder(String source) {
      this.source = source;
    }

    public Builder type(DocumentType type) {
      this.type = type;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder body(String body) {
      this.body = body;
      return this;
    }

    public Builder dnr(String dnr) {
      this.dnr = dnr;
      return this;
    }

    public Builder respondsTo(String respondsTo) {
      this.respondsTo = respondsTo;
      return this;
    }

    public Builder cites(String... dnrs) {
      this.cited = List.of(dnrs);
      return this;
    }

    public Builder dates(String... isoDates) {
      this.dates = Arrays.stream(isoDates).map(LocalDate::parse).toList();
      return this;
    }

    /** The text; a form feed starts a new page. */
    public Builder text(String text) {
      this.text = text;
      return this;
    }

    public Builder stance(Stance stance) {
      this.stance = stance;
      return this;
    }

    /** A finding on the sentence that contains {@code phrase}; its text is the phrase. */
    public Builder finding(FindingKind kind, String label, String phrase) {
      findings.add(new Object[] {kind, label, null, null, phrase});
      return this;
    }

    /** A goal whose text is the whole sentence containing {@code phrase}. */
    public Builder goal(String phrase) {
      findings.add(new Object[] {FindingKind.GOAL, "goal", null, null, phrase, Boolean.TRUE});
      return this;
    }

    /** A responsibility of {@code actor} for the duty {@code duty}, found in the sentence that contains it. */
    public Builder responsibility(String actor, String modality, String duty) {
      findings.add(new Object[] {FindingKind.RESPONSIBILITY, "duty", actor, modality, duty});
      return this;
    }

    public AnalyzedDocument build() {
      List<Page> pages = new ArrayList<>();
      int start = 0;
      int number = 1;
      for (int i = 0; i <= text.length(); i++) {
        if (i == text.length() || text.charAt(i) == '\f') {
          pages.add(new Page(number++, new Span(start, i == text.length() ? i : i + 1)));
          start = i + 1;
        }
      }
      DocumentText documentText = new DocumentText(text, pages, List.of(), List.of(), Map.of());
      List<Sentence> sentences = sentences(documentText);
      String id = DocumentId.of((source + "\n" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8)).value();
      List<Finding> built = new ArrayList<>();
      for (Object[] f : findings) {
        String phrase = (String) f[4];
        int at = text.indexOf(phrase);
        if (at < 0) {
          throw new IllegalArgumentException("phrase not in text: " + phrase);
        }
        Sentence sentence =
            sentences.stream().filter(s -> s.span().contains(at)).findFirst().orElseThrow();
        String findingText = f.length > 5 ? sentence.text() : phrase;
        built.add(
            new Finding(
                (FindingKind) f[0],
                (String) f[1],
                (String) f[2],
                (String) f[3],
                findingText,
                new Evidence(id, null, sentence.page(), sentence.span(), sentence.text()),
                "test"));
      }
      DocumentProfile profile = new DocumentProfile(type, body, null, dnr, cited, dates, title, respondsTo);
      return new AnalyzedDocument(new DocumentId(id), source, "text/plain", profile, documentText, sentences, built, stance, false);
    }

    private static List<Sentence> sentences(DocumentText documentText) {
      String body = documentText.text();
      List<Sentence> out = new ArrayList<>();
      Matcher boundary = BOUNDARY.matcher(body);
      int start = 0;
      while (start < body.length()) {
        int end = boundary.find(start) ? boundary.start() : body.length();
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(body.charAt(s))) {
          s++;
        }
        while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
          e--;
        }
        if (e > s) {
          List<Token> tokens = new ArrayList<>();
          Matcher t = TOKEN.matcher(body).region(s, e);
          while (t.find()) {
            String form = t.group();
            String upos = Character.isLetterOrDigit(form.charAt(0)) ? "X" : "PUNCT";
            tokens.add(new Token(new Span(t.start(), t.end()), form, upos, form.toLowerCase(Locale.ROOT)));
          }
          out.add(new Sentence(out.size(), new Span(s, e), documentText.pageAt(s), body.substring(s, e), tokens));
        }
        start = end == body.length() ? end : boundary.end();
      }
      return out;
    }
  }
}
