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
import org.govtrace.core.model.Stance;
import org.govtrace.core.query.DocumentRef;
import org.govtrace.core.query.PlanPart;
import org.govtrace.core.query.ResponseLink;
import org.govtrace.core.query.ResponseTable;

/**
 * Links each response sentence that carries a stance, concern or proposal to the part of the plan it comments
 * on: first by explicit mention (a goal's number, a section heading, an area's name), then by the similarity
 * of content lemmas; and rolls the links up into a board × plan part table. Public for scoring the links of
 * documents analysed outside the index (the eval command); thread-safe.
 */
public final class ResponseLinker {

  static final double SIMILAR = 0.25;
  private static final Set<FindingKind> VOICED = Set.of(FindingKind.STANCE, FindingKind.RESOURCE_CONCERN, FindingKind.PROPOSAL);
  private static final Pattern GOAL_NUMBER = Pattern.compile("(?iU)^\\s*(?:(?:resultat|del|över\\w*\\s)?mål\\s*)?(\\d{1,2})\\s*[.:)]");
  private static final Pattern GOAL_MENTION = Pattern.compile("(?iU)\\b(?:resultat|del)?mål(?:et)?\\s+(?:nr\\.?\\s*|nummer\\s+)?(\\d{1,2})\\b");

  private final ContentLemmas lemmas;

  /**
   * A linker sharing the given lemma reader.
   *
   * @param lemmas the content-lemma reader shared with other engines
   */
  public ResponseLinker(ContentLemmas lemmas) {
    this.lemmas = lemmas;
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

    List<ResponseLink> links = new ArrayList<>();
    for (AnalyzedDocument response : responses) {
      String board = boards.getOrDefault(response.id().value(), Corpus.fileName(response.source()));
      Map<Integer, List<Finding>> bySentence = new TreeMap<>();
      for (Finding f : response.findings()) {
        if (VOICED.contains(f.kind()) && f.evidence() != null && !isNeutralStance(f)) {
          bySentence.computeIfAbsent(f.evidence().span().start(), k -> new ArrayList<>()).add(f);
        }
      }
      for (List<Finding> findings : bySentence.values()) {
        Evidence evidence = findings.get(0).evidence();
        Sentence sentence = response.sentences().stream().filter(s -> s.span().overlaps(evidence.span())).findFirst().orElse(null);
        Set<String> keys = sentence == null ? new HashSet<>(lemmas.keys(evidence.sentence())) : new HashSet<>(lemmas.keys(sentence.tokens()));
        List<FindingKind> kinds = findings.stream().map(Finding::kind).distinct().toList();
        Stance stance = stanceOf(findings);
        PlanPart explicit = explicit(evidence.sentence(), keys, parts, partKeys);
        if (explicit != null) {
          links.add(new ResponseLink(response.id().value(), board, evidence, kinds, stance, explicit.id(), ResponseLink.Method.EXPLICIT, 1.0));
          continue;
        }
        PlanPart best = null;
        double bestScore = SIMILAR;
        for (PlanPart part : parts) {
          double score = weights.cosine(keys, partKeys.get(part.id()));
          if (score > bestScore) {
            best = part;
            bestScore = score;
          }
        }
        links.add(
            best == null
                ? new ResponseLink(response.id().value(), board, evidence, kinds, stance, null, ResponseLink.Method.NONE, 0)
                : new ResponseLink(response.id().value(), board, evidence, kinds, stance, best.id(), ResponseLink.Method.SIMILARITY, Math.round(bestScore * 1000) / 1000.0));
      }
    }
    return new ResponseTable(DocumentRef.of(plan), parts, links, cells(links));
  }

  /** The plan's sections, goals and areas, in document order within each kind. */
  List<PlanPart> parts(AnalyzedDocument plan) {
    List<PlanPart> parts = new ArrayList<>();
    int goal = 0;
    Set<String> seenGoals = new HashSet<>();
    for (Finding f : plan.findings()) {
      if (f.kind() == FindingKind.GOAL && f.evidence() != null && seenGoals.add(f.evidence().span() + f.text())) {
        goal++;
        Matcher m = GOAL_NUMBER.matcher(f.text());
        String number = m.find() ? m.group(1) : String.valueOf(goal);
        String label = m.find(0) && m.start() == 0 && f.text().trim().matches("(?iU)^\\p{L}*mål.*") ? opening(f.text()) : "Mål " + number + ": " + opening(f.text());
        parts.add(new PlanPart("goal-" + number, PlanPart.Kind.GOAL, label, f.text(), f.evidence()));
      }
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

  private PlanPart explicit(String sentence, Set<String> keys, List<PlanPart> parts, Map<String, Set<String>> partKeys) {
    Matcher m = GOAL_MENTION.matcher(sentence);
    while (m.find()) {
      String id = "goal-" + m.group(1);
      for (PlanPart p : parts) {
        if (p.id().equals(id)) {
          return p;
        }
      }
    }
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
}
