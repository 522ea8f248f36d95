package org.govtrace.core.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads CoNLL-U treebank files (Universal Dependencies) into sentences with forms, tags and lemmas. */
final class Conllu {

  /**
   * One treebank sentence. {@code layout} says how it joins the text before it: a new document, a new paragraph
   * ({@code "\n\n"}), a new line ({@code "\n"}, our own {@code # newline} comment) or a space. {@code prefix}
   * is layout text before the sentence that belongs to no sentence, such as a bullet (our own {@code # prefix}).
   */
  record Sentence(
      Layout layout, String prefix, String text, List<String> forms, List<String> upos, List<String> lemmas, List<Boolean> spaceAfter) {

    boolean hasLemmas() {
      return lemmas.stream().anyMatch(lemma -> !"_".equals(lemma));
    }
  }

  /** How a sentence joins the one before it. */
  enum Layout {
    DOCUMENT,
    PARAGRAPH,
    LINE,
    SPACE
  }

  private Conllu() {}

  static List<Sentence> read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the CoNLL-U file " + file + "; check the path.", e);
    }
  }

  static List<Sentence> read(InputStream in) throws IOException {
    List<Sentence> sentences = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Builder current = new Builder();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank()) {
        current.finish(sentences);
        current = new Builder();
      } else if (line.startsWith("#")) {
        current.comment(line);
      } else {
        current.token(line);
      }
    }
    current.finish(sentences);
    return sentences;
  }

  /** Joins tokens as running text when a treebank gives no {@code # text}: no space before closing punctuation. */
  static String detokenize(List<String> forms, List<Boolean> spaceAfter) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < forms.size(); i++) {
      text.append(forms.get(i));
      if (i + 1 < forms.size() && spaceAfter.get(i)) {
        text.append(' ');
      }
    }
    return text.toString();
  }

  private static final class Builder {
    private Layout layout = Layout.SPACE;
    private String text;
    private String prefix = "";
    private boolean explicitSpacing;
    private final List<String> forms = new ArrayList<>();
    private final List<String> upos = new ArrayList<>();
    private final List<String> lemmas = new ArrayList<>();
    private final List<Boolean> spaceAfter = new ArrayList<>();

    void comment(String line) {
      if (line.startsWith("# newdoc")) {
        layout = Layout.DOCUMENT;
      } else if (line.startsWith("# newpar") && layout != Layout.DOCUMENT) {
        layout = Layout.PARAGRAPH;
      } else if (line.startsWith("# newline") && layout == Layout.SPACE) {
        layout = Layout.LINE;
      } else if (line.startsWith("# prefix = ")) {
        prefix = line.substring("# prefix = ".length()) + " ";
      } else if (line.startsWith("# text = ")) {
        text = line.substring("# text = ".length());
      }
    }

    void token(String line) {
      String[] columns = line.split("\t", -1);
      if (columns.length < 10 || !columns[0].chars().allMatch(Character::isDigit)) {
        return; // multi-word ranges and empty nodes: Swedish treebanks have none, and they carry no surface token
      }
      forms.add(columns[1]);
      lemmas.add(columns[2]);
      upos.add(columns[3]);
      boolean noSpace = columns[9].contains("SpaceAfter=No");
      explicitSpacing |= noSpace || text != null;
      spaceAfter.add(!noSpace);
    }

    void finish(List<Sentence> out) {
      if (forms.isEmpty()) {
        return;
      }
      List<Boolean> spacing = explicitSpacing ? spaceAfter : guessSpacing(forms);
      String surface = text != null ? text : detokenize(forms, spacing);
      out.add(new Sentence(layout, prefix, surface, List.copyOf(forms), List.copyOf(upos), List.copyOf(lemmas), List.copyOf(spacing)));
    }

    /** Old treebank releases lack SpaceAfter: punctuation attaches the way Swedish print sets it. */
    private static List<Boolean> guessSpacing(List<String> forms) {
      List<Boolean> spacing = new ArrayList<>();
      boolean quoteOpen = false;
      for (int i = 0; i < forms.size(); i++) {
        String form = forms.get(i);
        String next = i + 1 < forms.size() ? forms.get(i + 1) : "";
        boolean space = !next.matches("[.,;:!?)\\]}%]|\\.\\.\\.") && !form.matches("[(\\[{]");
        if (form.equals("\"") || form.equals("”")) {
          quoteOpen = !quoteOpen;
          if (quoteOpen) {
            space = false;
          }
        }
        if ((next.equals("\"") || next.equals("”")) && quoteOpen) {
          space = false;
        }
        spacing.add(space);
      }
      return spacing;
    }
  }
}
