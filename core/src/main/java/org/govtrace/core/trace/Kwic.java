package org.govtrace.core.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govtrace.core.GovTraceException;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.Sentence;
import org.govtrace.core.model.Token;
import org.govtrace.core.query.KwicLine;
import org.govtrace.core.query.KwicRequest;

/** Keyword in context over the sentences of a corpus, by word form or by lemma. */
final class Kwic {

  /** A KWIC reader; it holds no state. */
  public Kwic() {}

  /**
   * The lines for the term, in lineage order.
   *
   * @param corpus the documents with their graph
   * @param request the term (word form or lemma, {@code *} as a trailing wildcard) and the context window
   * @return the lines

   * @throws GovTraceException when the term is empty or the window negative
   */
  public List<KwicLine> lines(Corpus corpus, KwicRequest request) {
    String term = request.term() == null ? "" : request.term().trim().toLowerCase(Locale.ROOT);
    if (term.isEmpty() || term.equals("*")) {
      throw new GovTraceException("KWIC needs a word to look for, such as 'resurser' or 'resurs*'.");
    }
    if (request.window() < 0) {
      throw new GovTraceException("The KWIC window must be zero or more words, not " + request.window() + ".");
    }
    boolean prefix = term.endsWith("*");
    String stem = prefix ? term.substring(0, term.length() - 1) : term;
    List<KwicLine> lines = new ArrayList<>();
    for (AnalyzedDocument d : corpus.documents()) {
      String name = corpus.displayName(d);
      for (Sentence s : d.sentences()) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
          Token t = tokens.get(i);
          String value = (request.lemma() && t.lemma() != null ? t.lemma() : t.text()).toLowerCase(Locale.ROOT);
          if (prefix ? value.startsWith(stem) : value.equals(stem)) {
            String text = d.text().text();
            int leftStart = tokens.get(Math.max(0, i - request.window())).span().start();
            int rightEnd = tokens.get(Math.min(tokens.size() - 1, i + request.window())).span().end();
            lines.add(
                new KwicLine(
                    d.id().value(),
                    name,
                    d.text().pageAt(t.span().start()),
                    collapse(text.substring(leftStart, t.span().start())),
                    t.text(),
                    collapse(text.substring(t.span().end(), Math.max(t.span().end(), rightEnd))),
                    t.span()));
            if (lines.size() >= request.limit()) {
              return lines;
            }
          }
        }
      }
    }
    return lines;
  }

  private static String collapse(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }
}
