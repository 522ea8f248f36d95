package org.govtrace.core.trace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govtrace.core.compare.ContentLemmas;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.Evidence;
import org.govtrace.core.model.Finding;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.model.Section;
import org.govtrace.core.model.Sentence;
import org.govtrace.core.model.Span;
import org.govtrace.core.model.Stance;
import org.govtrace.core.query.DocumentRef;
import org.govtrace.core.query.PlanPart;
import org.govtrace.core.query.ResponseLink;
import org.govtrace.core.query.ResponseTable;
import org.govtrace.core.text.ResourceLines;

/**
 * Links each response sentence that carries a stance, concern or proposal to the part of the plan it comments
 * on, in this order: an explicit mention (a goal's number, an area's name, a section heading); a summing-up or a
 * judgement of the whole plan links to no part; a goal or area whose content lemmas resemble the sentence's; the
 * part its paragraph began with; a topic word for a section (ansvar, kostnad, uppföljning; link-topics.txt); a
 * section whose text resembles it. The links roll up into a board × plan part table. Public for scoring the
 * links of documents analysed outside the index (the eval command); thread-safe.
 */
public final class ResponseLinker {

  static final double SIMILAR = 0.25;
  private static final Set<FindingKind> VOICED = Set.of(FindingKind.STANCE, FindingKind.RESOURCE_CONCERN, FindingKind.PROPOSAL);
  private static final Pattern GOAL_NUMBER = Pattern.compile("(?iU)^\\s*(?:(?:resultat|del|över\\w*\\s)?mål\\s*)?(\\d{1,2})\\s*[.:)]");
  // A summing-up or a judgement of the whole plan comments on no one part of it.
  private static final Pattern WHOLE_PLAN = Pattern.compile(
      "(?iU)^\\s*(?:sammanfattningsvis|sammantaget|sammanfattande|avslutningsvis|slutligen|övergripande)\\b"
          + "|\\b(?:handlingsplanen|strategin|planen|programmet|förslaget|remissen)\\s+(?:som\\s+helhet|i\\s+sin\\s+helhet|i\\s+stort|i\\s+sin\\s+nuvarande\\s+form)\\b"
          // An announcement of what follows ("föreslår några förtydliganden som rör …") is about several parts.
          + "|\\b(?:några|följande|ett\\s+par|ett\\s+antal)\\s+(?:synpunkter|förtydliganden|kommentarer|medskick|påpekanden|förslag\\s+till\\s+ändringar)\\b");
  private static final Set<ResponseLink.Method> CHAINING =
      Set.of(ResponseLink.Method.EXPLICIT, ResponseLink.Method.TOPIC, ResponseLink.Method.CONTEXT);
  private static final Pattern REFERS_BACK = Pattern.compile(
      "(?iU)\\b(?:\\p{L}*målet|\\p{L}*målen|avsnittet|\\p{L}*området|skrivningen|skrivningarna|dessa|denna|detta)\\b");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
  private static final Pattern GOAL_MENTION = Pattern.compile("(?iU)\\b(?:resultat|del)?mål(?:et)?\\s+(?:nr\\.?\\s*|nummer\\s+)?(\\d{1,2})\\b");

  private final ContentLemmas lemmas;
  private final SectionTopics topics;

  /**
   * A linker sharing the given lemma reader.
   *
   * @param lemmas the content-lemma reader shared with other engines
   */
  public ResponseLinker(ContentLemmas lemmas) {
    this.lemmas = lemmas;
    this.topics = new SectionTopics(lemmas);
  }

  /**
   * The response table of {@code plan} and the documents that answer it.
   *
   * @param plan the plan or strategy
   * @param responses the responses (remissvar) that answer it
   * @param boards each response's id and the board shown for it
   * @return the linked sentences and the board × part table
   */

  public ResponseTable link(AnalyzedDocument plan, List<AnalyzedDocument> responses, Map<String, String> boards) {
    List<PlanPart> parts = parts(plan);
    List<Set<String>> bags = new ArrayList<>();
    plan.sentences().forEach(s -> bags.add(new HashSet<>(lemmas.keys(s.tokens()))));
    responses.forEach(r -> r.sentences().forEach(s -> bags.add(new HashSet<>(lemmas.keys(s.tokens())))));
    ContentLemmas.Weights weights = lemmas.weights(bags);
    Map<String, Set<String>> partKeys = new LinkedHashMap<>();
    parts.forEach(p -> partKeys.put(p.id(), new HashSet<>(lemmas.keys(p.text()))));
    Map<String, PlanPart> topicSections = topics.sections(parts);

    List<ResponseLink> links = new ArrayList<>();
    for (AnalyzedDocument response : responses) {
      String board = boards.getOrDefault(response.id().value(), Corpus.fileName(response.source()));
      Map<Integer, List<Finding>> bySentence = new TreeMap<>();
      for (Finding f : response.findings()) {
        if (VOICED.contains(f.kind()) && f.evidence() != null && !isNeutralStance(f)) {
          bySentence.computeIfAbsent(f.evidence().span().start(), k -> new ArrayList<>()).add(f);
        }
      }
      ResponseLink previous = null;
      for (List<Finding> findings : bySentence.values()) {
        Evidence evidence = findings.get(0).evidence();
        Sentence sentence = response.sentences().stream().filter(s -> s.span().overlaps(evidence.span())).findFirst().orElse(null);
        Set<String> keys = sentence == null ? new HashSet<>(lemmas.keys(evidence.sentence())) : new HashSet<>(lemmas.keys(sentence.tokens()));
        List<String> words = sentence == null ? List.of(evidence.sentence().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
            : sentence.tokens().stream().map(t -> (t.lemma() == null || t.lemma().isBlank() ? t.text() : t.lemma()).toLowerCase(Locale.ROOT)).toList();
        List<FindingKind> kinds = findings.stream().map(Finding::kind).distinct().toList();
        Stance stance = stanceOf(findings);
        String id = response.id().value();
        PlanPart part = explicitGoal(evidence.sentence(), parts);
        ResponseLink.Method method = ResponseLink.Method.EXPLICIT;
        double score = 1.0;
        if (part == null && WHOLE_PLAN.matcher(evidence.sentence()).find()) {
          method = ResponseLink.Method.NONE;
          score = 0;
        } else if (part == null) {
          part = explicitNamed(evidence.sentence(), keys, parts);
        }
        if (part == null && method != ResponseLink.Method.NONE) {
          // Goals and areas are short and specific: a resemblance to one is a good sign. A section's text (its
          // heading and first sentences) resembles many sentences a little, so a section is reached by
          // resemblance only when neither the paragraph nor a topic word says more.
          PlanPart similar = mostSimilar(keys, parts, partKeys, weights, false);
          PlanPart section = mostSimilar(keys, parts, partKeys, weights, true);
          if (similar != null) {
            part = similar;
            method = ResponseLink.Method.SIMILARITY;
            score = round(weights.cosine(keys, partKeys.get(similar.id())));
          } else if (continues(previous, response, evidence)) {
            // A comment goes on about the part its paragraph began with: "Förvaltningen ställer sig bakom
            // resultatmål 8 … Förvaltningen föreslår att målet delas upp …".
            String continued = previous.partId();
            part = parts.stream().filter(p -> p.id().equals(continued)).findFirst().orElse(null);
            method = ResponseLink.Method.CONTEXT;
            score = 0;
          } else if ((part = topics.section(evidence.sentence(), keys, words, topicSections)) != null) {
            method = ResponseLink.Method.TOPIC;
            score = 0;
          } else if (section != null) {
            part = areaOfSection(section, parts);
            method = ResponseLink.Method.SIMILARITY;
            score = round(weights.cosine(keys, partKeys.get(section.id())));
          } else {
            method = ResponseLink.Method.NONE;
            score = 0;
          }
        }
        previous = new ResponseLink(id, board, evidence, kinds, stance, part == null ? null : part.id(), method, score);
        links.add(previous);
      }
    }
    return new ResponseTable(DocumentRef.of(plan), parts, links, cells(links));
  }

  private static PlanPart mostSimilar(Set<String> keys, List<PlanPart> parts, Map<String, Set<String>> partKeys, ContentLemmas.Weights weights, boolean sections) {
    PlanPart best = null;
    double bestScore = SIMILAR;
    for (PlanPart candidate : parts) {
      if ((candidate.kind() == PlanPart.Kind.SECTION) == sections) {
        double similarity = weights.cosine(keys, partKeys.get(candidate.id()));
        if (similarity > bestScore) {
          best = candidate;
          bestScore = similarity;
        }
      }
    }
    return best;
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  // A sentence continues its paragraph's part when the paragraph named it (or spoke of its topic), or when it
  // refers back to it ("målet", "dessa kostnader") after a sentence that resembled it.
  private static boolean continues(ResponseLink previous, AnalyzedDocument response, Evidence evidence) {
    if (previous == null || previous.partId() == null || !sameParagraph(response, previous.evidence().span(), evidence.span())) {
      return false;
    }
    return CHAINING.contains(previous.method()) || previous.method() == ResponseLink.Method.SIMILARITY && REFERS_BACK.matcher(evidence.sentence()).find();
  }

  // No blank line and no heading between the two sentences.
  private static boolean sameParagraph(AnalyzedDocument doc, Span before, Span after) {
    String text = doc.text().text();
    if (before.end() > after.start() || after.start() > text.length()) {
      return false;
    }
    if (PARAGRAPH_BREAK.matcher(text.substring(before.end(), after.start())).find()) {
      return false;
    }
    return doc.text().sections().stream().noneMatch(s -> s.span().start() > before.start() && s.span().start() <= after.start());
  }

  /** The plan's sections, goals and areas, in document order within each kind. */
  List<PlanPart> parts(AnalyzedDocument plan) {
    List<PlanPart> parts = new ArrayList<>();
    Set<String> seenGoals = new HashSet<>();
    List<Finding> goals = new ArrayList<>();
    for (Finding f : plan.findings()) {
      if (f.kind() == FindingKind.GOAL && f.evidence() != null && seenGoals.add(f.evidence().span() + f.text())) {
        goals.add(f);
      }
    }
    // Goals are named by their own numbers ("Resultatmål 3:"); where none has one, by their order. A goal
    // without a number among numbered ones (an overall goal before "Resultatmål 1") must not take a numbered
    // one's id, or "resultatmål 1" in a response would find it.
    boolean numbering = goals.stream().anyMatch(f -> GOAL_NUMBER.matcher(f.text()).find());
    Set<String> seenIds = new HashSet<>();
    int goal = 0;
    for (Finding f : goals) {
      goal++;
      Matcher m = GOAL_NUMBER.matcher(f.text());
      boolean numbered = m.find();
      String number = numbered ? m.group(1) : String.valueOf(goal);
      String id = numbered || !numbering ? "goal-" + number : "goal-u" + goal;
      String label = numbered && m.start() == 0 && f.text().trim().matches("(?iU)^\\p{L}*mål.*") ? opening(f.text())
          : numbered || !numbering ? "Mål " + number + ": " + opening(f.text()) : "Mål: " + opening(f.text());
      parts.add(new PlanPart(seenIds.add(id) ? id : id + "-" + goal, PlanPart.Kind.GOAL, label, f.text(), f.evidence()));
    }
    Set<String> seenAreas = new LinkedHashSet<>();
    for (Finding f : plan.findings()) {
      if ((f.kind() == FindingKind.FOCUS_AREA || f.kind() == FindingKind.RIGHTS_AREA) && f.label() != null && seenAreas.add(f.label())) {
        parts.add(new PlanPart("area-" + TraceMatrixBuilder.fold(f.label()), PlanPart.Kind.AREA, f.text() != null ? f.text() : f.label(), f.text() != null ? f.text() : f.label(), f.evidence()));
      }
    }
    int index = 0;
    for (Section section : plan.text().sections()) {
      index++;
      StringBuilder text = new StringBuilder(section.heading());
      Evidence first = null;
      int taken = 0;
      for (Sentence s : plan.sentences()) {
        if (section.span().contains(s.span()) && taken < 3) {
          text.append(' ').append(s.text());
          if (first == null) {
            first = new Evidence(plan.id().value(), section.heading(), s.page(), s.span(), s.text());
          }
          taken++;
        }
      }
      parts.add(new PlanPart("section-" + index, PlanPart.Kind.SECTION, section.heading(), text.toString(), first));
    }
    return parts;
  }

  private static PlanPart explicitGoal(String sentence, List<PlanPart> parts) {
    Matcher m = GOAL_MENTION.matcher(sentence);
    while (m.find()) {
      String id = "goal-" + m.group(1);
      for (PlanPart p : parts) {
        if (p.id().equals(id)) {
          return p;
        }
      }
    }
    return null;
  }

  // Areas come before sections among the parts, so an area named like its chapter's heading is found as the area.
  private PlanPart explicitNamed(String sentence, Set<String> keys, List<PlanPart> parts) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    for (PlanPart p : parts) {
      if (p.kind() == PlanPart.Kind.GOAL) {
        continue;
      }
      Set<String> label = new HashSet<>(lemmas.keys(p.label()));
      boolean literal = p.label().length() >= 6 && lower.contains(p.label().toLowerCase(Locale.ROOT));
      if (literal || (label.size() >= 2 && keys.containsAll(label))) {
        return p;
      }
    }
    return null;
  }

  // A section that is a focus area's chapter (its heading is the area's name) stands for the area.
  private static PlanPart areaOfSection(PlanPart part, List<PlanPart> parts) {
    if (part == null || part.kind() != PlanPart.Kind.SECTION) {
      return part;
    }
    String heading = TraceMatrixBuilder.fold(part.label());
    return parts.stream().filter(p -> p.kind() == PlanPart.Kind.AREA && TraceMatrixBuilder.fold(p.label()).equals(heading)).findFirst().orElse(part);
  }

  private static boolean isNeutralStance(Finding f) {
    return f.kind() == FindingKind.STANCE && f.label() != null && f.label().equalsIgnoreCase(Stance.NEUTRAL.code());
  }

  private static Stance stanceOf(List<Finding> findings) {
    for (Finding f : findings) {
      if (f.kind() == FindingKind.STANCE && f.label() != null) {
        try {
          return Stance.fromCode(f.label());
        } catch (IllegalArgumentException e) {
          // A label outside the four stance codes says nothing about the stance: look further.
        }
      }
    }
    return findings.stream().anyMatch(f -> f.kind() == FindingKind.PROPOSAL) ? Stance.PROPOSAL : Stance.NEUTRAL;
  }

  private static String opening(String text) {
    String[] words = text.trim().split("\\s+");
    return words.length <= 8 ? text.trim() : String.join(" ", java.util.Arrays.copyOf(words, 8)) + " …";
  }

  private static List<ResponseTable.Cell> cells(List<ResponseLink> links) {
    Map<String, List<ResponseLink>> groups = new LinkedHashMap<>();
    for (ResponseLink l : links) {
      groups.computeIfAbsent(l.board() + "\u0000" + l.partId(), k -> new ArrayList<>()).add(l);
    }
    List<ResponseTable.Cell> cells = new ArrayList<>();
    for (List<ResponseLink> group : groups.values()) {
      Map<String, Integer> stances = new TreeMap<>();
      group.forEach(l -> stances.merge(l.stance().code(), 1, Integer::sum));
      int concerns = (int) group.stream().filter(ResponseLink::concern).count();
      int proposals = (int) group.stream().filter(l -> l.kinds().contains(FindingKind.PROPOSAL)).count();
      cells.add(new ResponseTable.Cell(group.get(0).board(), group.get(0).partId(), group.size(), stances, concerns, proposals));
    }
    return cells;
  }

  /**
   * The subjects a plan section can be about without a response naming its heading (link-topics.txt):
   * responsibility, money, follow-up. Read once; thread-safe.
   */
  static final class SectionTopics {
    private static final String RESOURCE = "/org/govtrace/core/compare/link-topics.txt";

    /** A topic: the stems that name it in a heading, the stems and particle verbs that speak of it in a sentence. */
    private record Topic(String name, List<String> heading, List<String> cues, List<List<String>> phrases, List<Pattern> not) {}

    private final ContentLemmas lemmas;
    private final List<Topic> topics = new ArrayList<>();

    SectionTopics(ContentLemmas lemmas) {
      this.lemmas = lemmas;
      for (String fullLine : lines()) {
        int bang = fullLine.indexOf('!');
        String line = bang < 0 ? fullLine : fullLine.substring(0, bang);
        List<Pattern> not = new ArrayList<>();
        if (bang >= 0) {
          for (String phrase : fullLine.substring(bang + 1).split(",")) {
            if (!phrase.isBlank()) {
              not.add(Pattern.compile("(?iU)\\b" + phrase.strip().replace("…", "\\p{L}+").replace(" ", "\\s+") + "\\b"));
            }
          }
        }
        int eq = line.indexOf('=');
        int bar = line.indexOf('|');
        if (eq <= 0 || bar < eq) {
          throw new IllegalArgumentException("link topic line '" + line + "' is not 'topic = heading words | sentence words'; fix " + RESOURCE + ".");
        }
        List<String> heading = new ArrayList<>();
        List<String> cues = new ArrayList<>();
        List<List<String>> phrases = new ArrayList<>();
        for (String word : line.substring(eq + 1, bar).split(",")) {
          heading.addAll(lemmas.keys(word.strip()));
        }
        for (String word : line.substring(bar + 1).split(",")) {
          String[] parts = word.strip().toLowerCase(Locale.ROOT).split("\\s+");
          if (parts.length == 2) {
            phrases.add(List.of(parts));
          } else {
            cues.addAll(lemmas.keys(word.strip()));
          }
        }
        topics.add(new Topic(line.substring(0, eq).strip(), heading, cues, phrases, not));
      }
    }

    /** For each topic, the plan's section whose heading names it; a heading that opens with the topic word first, appendices never. */
    Map<String, PlanPart> sections(List<PlanPart> parts) {
      Map<String, PlanPart> out = new LinkedHashMap<>();
      for (Topic topic : topics) {
        PlanPart found = null;
        for (PlanPart p : parts) {
          List<String> heading = keysOf(p);
          if (p.kind() != PlanPart.Kind.SECTION || heading.isEmpty() || heading.get(0).startsWith("bilag")) {
            continue;
          }
          if (names(topic.heading(), heading.get(0))) {
            found = p;
            break;
          }
          if (found == null && heading.stream().anyMatch(k -> names(topic.heading(), k))) {
            found = p;
          }
        }
        if (found != null) {
          out.put(topic.name(), found);
        }
      }
      return out;
    }

    private List<String> keysOf(PlanPart part) {
      return java.util.Arrays.stream(part.label().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** The section of the first topic (in file order) the sentence speaks of and the plan has, or null. */
    PlanPart section(String sentence, Set<String> keys, List<String> words, Map<String, PlanPart> sections) {
      for (Topic topic : topics) {
        PlanPart section = sections.get(topic.name());
        if (section == null) {
          continue;
        }
        // A phrase in which a cue word means something else ("en viktig resurs" is an asset) is read without it.
        Set<String> read = keys;
        String rest = sentence;
        for (Pattern not : topic.not()) {
          rest = not.matcher(rest).replaceAll(" ");
        }
        if (!rest.equals(sentence)) {
          read = new HashSet<>(lemmas.keys(rest));
        }
        if (read.stream().anyMatch(k -> names(topic.cues(), k)) || hasPhrase(topic.phrases(), words)) {
          return section;
        }
      }
      return null;
    }

    private static boolean hasPhrase(List<List<String>> phrases, List<String> words) {
      for (List<String> phrase : phrases) {
        for (int i = 0; i + 1 < words.size(); i++) {
          if (words.get(i).equals(phrase.get(0)) && words.get(i + 1).equals(phrase.get(1))) {
            return true;
          }
        }
      }
      return false;
    }

    // A stem counts as the word itself, the start of a compound (four letters or more) or its head (six or more).
    private static boolean names(List<String> stems, String key) {
      for (String stem : stems) {
        if (key.equals(stem) || stem.length() >= 4 && key.startsWith(stem) || stem.length() >= 6 && key.endsWith(stem)) {
          return true;
        }
      }
      return false;
    }

    private static List<String> lines() {
      return ResourceLines.read(ResponseLinker.class, RESOURCE);
    }

  }
}
