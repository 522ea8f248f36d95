package org.govtrace.core.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.query.AlignmentScore;
import org.govtrace.core.query.LinkEvaluation;
import org.govtrace.core.query.PlanPart;
import org.govtrace.core.query.ResponseLink;
import org.govtrace.core.query.ResponseTable;

/**
 * Scores the links from response sentences to plan parts against a links gold ({@code links_version}; format
 * in {@code corpus/MANIFEST-FORMAT.md}). A gold sentence is found among the linked sentences of the same
 * response by longest common substring (half of the gold sentence, as in FORMAT.md); its link is right when the
 * part is the gold's: a goal whose sentence matches the gold goal the same way, an area by name, a section by
 * heading (numbering and case aside). Each gold sentence takes at most one linked sentence.
 */
public final class LinkScorer {

  private static final Pattern NUMBERING = Pattern.compile("^\\s*(?:\\d+(?:\\.\\d+)*\\.?|[a-zA-Z][.)])\\s+");
  private static final List<String> KINDS = List.of("goal", "area", "section");

  /** A scorer; it holds no state. */
  public LinkScorer() {}

  /**
   * Reads a links gold file, analyses the plan and the responses it names, links them and scores the links.
   *
   * @param goldFile the links gold file
   * @param analyze runs the pipeline on a file
   * @param link links the responses' sentences to the plan's parts
   * @return the scores
   * @throws org.govtrace.core.GovTraceException when the gold file or a document it names cannot be read
   */
  public LinkEvaluation score(
      Path goldFile, Function<Path, AnalyzedDocument> analyze, BiFunction<AnalyzedDocument, List<AnalyzedDocument>, ResponseTable> link) {
    LinksGold gold = LinksGold.read(goldFile);
    AnalyzedDocument plan = analyze.apply(gold.plan());
    Map<Path, String> ids = new LinkedHashMap<>();
    List<AnalyzedDocument> responses = new ArrayList<>();
    for (Path file : gold.responses()) {
      AnalyzedDocument response = analyze.apply(file);
      ids.put(file, response.id().value());
      responses.add(response);
    }
    return score(gold, ids, link.apply(plan, responses));
  }

  /**
   * Scores a response table against the gold.
   *
   * @param gold the gold links
   * @param responseIds the document id of each response file the gold names
   * @param table the linker's output for the plan and those responses
   */
  LinkEvaluation score(LinksGold gold, Map<Path, String> responseIds, ResponseTable table) {
    Map<String, PlanPart> parts = new HashMap<>();
    table.parts().forEach(p -> parts.put(p.id(), p));
    List<ResponseLink> predicted = table.links().stream().filter(l -> responseIds.containsValue(l.documentId())).toList();
    Map<String, int[]> counts = new LinkedHashMap<>();
    KINDS.forEach(k -> counts.put(k, new int[3]));
    for (ResponseLink l : predicted) {
      PlanPart part = l.partId() == null ? null : parts.get(l.partId());
      if (part != null) {
        counts.get(part.kind().code())[1]++;
      }
    }
    boolean[] used = new boolean[predicted.size()];
    int planSentences = 0;
    int planUnlinked = 0;
    int voiced = 0;
    for (LinksGold.Link g : gold.links()) {
      boolean specific = g.kind() != LinksGold.TargetKind.PLAN;
      if (specific) {
        counts.get(g.kind().code())[0]++;
      } else {
        planSentences++;
      }
      String id = responseIds.get(g.response());
      int pick = -1;
      for (int i = 0; i < predicted.size(); i++) {
        ResponseLink l = predicted.get(i);
        if (used[i] || !l.documentId().equals(id) || !TextMatch.sentenceMatches(l.evidence().sentence(), g.sentence())) {
          continue;
        }
        if (pick < 0) {
          pick = i;
        }
        if (specific && right(g, parts.get(l.partId()))) {
          pick = i;
          break;
        }
      }
      if (pick < 0) {
        planUnlinked += specific ? 0 : 1;
        continue;
      }
      used[pick] = true;
      voiced++;
      ResponseLink l = predicted.get(pick);
      if (!specific) {
        planUnlinked += l.partId() == null || !parts.containsKey(l.partId()) ? 1 : 0;
      } else if (right(g, parts.get(l.partId()))) {
        counts.get(g.kind().code())[2]++;
      }
    }
    Map<String, AlignmentScore> byKind = new LinkedHashMap<>();
    int[] all = new int[3];
    counts.forEach((kind, c) -> {
      byKind.put(kind, new AlignmentScore(c[0], c[1], c[2]));
      for (int i = 0; i < 3; i++) {
        all[i] += c[i];
      }
    });
    return new LinkEvaluation(new AlignmentScore(all[0], all[1], all[2]), byKind, planSentences, planUnlinked, gold.links().size(), voiced);
  }

  static boolean right(LinksGold.Link gold, PlanPart part) {
    if (part == null) {
      return false;
    }
    return switch (gold.kind()) {
      case GOAL -> part.kind() == PlanPart.Kind.GOAL
          && (TextMatch.sentenceMatches(part.text(), gold.target())
              || part.evidence() != null && TextMatch.sentenceMatches(part.evidence().sentence(), gold.target()));
      case AREA -> part.kind() == PlanPart.Kind.AREA && sameName(gold.target(), part);
      case SECTION -> part.kind() == PlanPart.Kind.SECTION && heading(part.label()).equals(heading(gold.target()));
      case PLAN -> false;
    };
  }

  // An area is named in many ways ("Fokusområde: Trygghet", "trygghet", the thesaurus id "focus.trygghet"):
  // one name contained in the other counts.
  private static boolean sameName(String target, PlanPart part) {
    String g = TextMatch.fold(target);
    for (String name : List.of(part.label(), part.text(), part.id().substring(part.id().indexOf('-') + 1).replace('-', ' '))) {
      String n = TextMatch.fold(name);
      if (!n.isEmpty() && !g.isEmpty() && (n.equals(g) || n.length() >= 4 && g.contains(n) || g.length() >= 4 && n.contains(g))) {
        return true;
      }
    }
    return false;
  }

  private static String heading(String text) {
    return TextMatch.fold(NUMBERING.matcher(text == null ? "" : text).replaceFirst(""));
  }
}
