package org.govtrace.core.lineage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.DocumentProfile;
import org.govtrace.core.model.DocumentType;
import org.govtrace.core.model.Sentence;
import org.govtrace.core.query.Lineage;
import org.govtrace.core.query.LineageLink;
import org.govtrace.core.query.LineageNode;
import org.govtrace.core.query.LinkKind;
import org.govtrace.core.query.LinkOrigin;

/**
 * Infers the document graph from profiles and text: which document a response answers (cited diary number,
 * "Svar på remiss …" title), which strategy a plan replaces or builds on ("ersätter", "bygger vidare på", cited
 * number, shared title words), and which documents are versions of each other; then adds the links a manifest
 * declares. A pure function of its input: it never re-reads files.
 */
public final class LineageInference {

  static final double TITLE_MATCH = 0.5;
  static final double SHARED_TITLE = 0.5;

  private static final Pattern REMISS_TITLE =
      Pattern.compile(
          "(?i)(?:svar på remiss(?:en)?(?: av| om| gällande| avseende)?|remiss(?:en)? av|remiss(?:en)? om|yttrande över|"
              + "remissvar (?:på|om|avseende|gällande))[\\s:–-]+(?!från\\b|till\\b)(?:förslag(?:et)? (?:till|på|om) )?(.{6,160}?)(?:[.\\n]|$)");
  private static final Pattern REPLACE_CUE =
      Pattern.compile("(?iU)\\b(ersätter|ersätts|efterträder|avlöser|tar vid efter)\\b");
  private static final Pattern BUILD_CUE =
      Pattern.compile(
          "(?iU)\\b(bygger vidare på|bygger på|utgår från|tar avstamp i|vidareutveckl\\w* av|fortsättning på|grundar sig på|följer upp)\\b");
  private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d\\d)\\b");
  private static final Pattern DNR_NUMBER = Pattern.compile("(\\d{4})\\s*[/:]\\s*(\\d+)");
  private static final Pattern OWN_DNR = Pattern.compile("(?iU)\\bdnr[.:]?\\s*([A-ZÅÄÖ]{1,6}\\s*\\d{4}\\s*/\\s*\\d+)");

  /** An inference with the fixed cue words and thresholds; it holds no state. */
  public LineageInference() {}

  /**
   * Infers the graph of the documents and shows the manifest's declared links beside the inferred ones.
   *
   * @param documents the analysed documents; a repeated id counts once
   * @param manifest the declared roles and links ({@link LineageManifest#EMPTY} for none)
   * @return the graph
   */

  public Lineage infer(List<AnalyzedDocument> documents, LineageManifest manifest) {
    Map<String, AnalyzedDocument> byId = new LinkedHashMap<>();
    documents.forEach(d -> byId.putIfAbsent(d.id().value(), d));
    List<AnalyzedDocument> docs = List.copyOf(byId.values());
    Map<String, Facts> facts = new HashMap<>();
    docs.forEach(d -> facts.put(d.id().value(), Facts.of(d, manifest)));

    List<LineageLink> links = new ArrayList<>();
    Map<String, LineageNode> externals = new LinkedHashMap<>();
    Map<String, List<AnalyzedDocument>> owners = new HashMap<>();
    List<AnalyzedDocument> steering = new ArrayList<>();
    for (AnalyzedDocument d : docs) {
      Facts f = facts.get(d.id().value());
      if (!f.response) {
        steering.add(d);
        if (f.dnr != null) {
          owners.computeIfAbsent(normaliseDnr(f.dnr), k -> new ArrayList<>()).add(d);
        }
      }
    }
    for (AnalyzedDocument doc : docs) {
      Facts f = facts.get(doc.id().value());
      if (f.response) {
        inferAnswer(doc, f, steering, owners, facts, links, externals);
      } else {
        inferPredecessors(doc, f, steering, facts, links);
      }
    }
    addDeclared(docs, facts, manifest, links);
    return new LineageOrder(docs, facts, externals, links).lineage();
  }

  private void inferAnswer(
      AnalyzedDocument doc,
      Facts f,
      List<AnalyzedDocument> docs,
      Map<String, List<AnalyzedDocument>> owners,
      Map<String, Facts> facts,
      List<LineageLink> links,
      Map<String, LineageNode> externals) {
    String id = doc.id().value();
    for (String cited : f.cited) {
      for (AnalyzedDocument other : owners.getOrDefault(normaliseDnr(cited), List.of())) {
        Facts o = facts.get(other.id().value());
        if (other != doc && !o.dnr.equalsIgnoreCase(Objects.requireNonNullElse(f.dnr, ""))) {
          String evidence = sentenceCiting(doc, o.dnr).orElse("referenced diary number " + o.dnr);
          links.add(new LineageLink(id, other.id().value(), LinkKind.RESPONDS_TO, LinkOrigin.INFERRED, evidence, "cited-dnr"));
          return;
        }
      }
    }
    if (f.answeredTitle != null) {
      TitleWords wanted = TitleWords.of(f.answeredTitle);
      AnalyzedDocument best = null;
      double bestScore = TITLE_MATCH - 1e-9;
      for (AnalyzedDocument other : docs) {
        Facts o = facts.get(other.id().value());
        if (other == doc || o.title == null) {
          continue;
        }
        double score = titleScore(wanted, o.titleWords);
        // Equal overlap: the answered document is the one closest in time before the response.
        if (score > bestScore
            || (best != null && score == bestScore && closerBefore(o, facts.get(best.id().value()), f))) {
          best = other;
          bestScore = score;
        }
      }
      if (best != null) {
        links.add(
            new LineageLink(id, best.id().value(), LinkKind.RESPONDS_TO, LinkOrigin.INFERRED, f.answeredEvidence, "responds-to-title"));
        return;
      }
    }
    if (f.answeredTitle != null || !f.cited.isEmpty()) {
      LineageNode external = external(f, externals);
      links.add(
          new LineageLink(
              id,
              external.id(),
              LinkKind.RESPONDS_TO,
              LinkOrigin.INFERRED,
              f.answeredEvidence != null ? f.answeredEvidence : "referenced diary number " + f.cited.get(0),
              "answered-outside-corpus"));
    }
  }

  // Responses to the same outside document share its title or its diary number: they form one group.
  private static LineageNode external(Facts f, Map<String, LineageNode> externals) {
    TitleWords title = TitleWords.of(f.answeredTitle);
    for (LineageNode known : externals.values()) {
      boolean sameTitle = f.answeredTitle != null && known.title() != null && title.jaccard(TitleWords.of(known.title())) >= 0.6;
      boolean sameDnr = known.dnr() != null && f.cited.stream().anyMatch(c -> sameDnr(c, known.dnr()));
      if (sameTitle || (sameDnr && (f.answeredTitle == null || known.title() == null))) {
        return known;
      }
    }
    String dnr = f.cited.isEmpty() ? null : f.cited.get(0);
    String key = "external:" + (dnr != null ? dnr : String.join("-", title.words()));
    LineageNode node =
        new LineageNode(key, null, "answered", 0, f.answeredTitle, null, dnr, f.answeredTitle != null ? f.answeredTitle : dnr, true);
    externals.put(key, node);
    return node;
  }

  // A response names the answered title without its year, version or city ("Handlingsplan för romsk
  // inkludering" for "Handlingsplan för romsk inkludering 2025–2028 • Remissversion"): containment counts too.
  static double titleScore(TitleWords wanted, TitleWords title) {
    double contained = wanted.words().size() >= 2 ? 0.9 * wanted.coveredBy(title) : 0;
    return Math.max(wanted.jaccard(title), contained);
  }

  private static boolean closerBefore(Facts candidate, Facts current, Facts response) {
    int r = response.year == 0 ? Integer.MAX_VALUE : response.year;
    boolean candidateBefore = candidate.year <= r;
    boolean currentBefore = current.year <= r;
    if (candidateBefore != currentBefore) {
      return candidateBefore;
    }
    return candidate.year > current.year;
  }

  private void inferPredecessors(
      AnalyzedDocument doc, Facts f, List<AnalyzedDocument> docs, Map<String, Facts> facts, List<LineageLink> links) {
    String id = doc.id().value();
    List<Candidate> byTitle = new ArrayList<>();
    List<Candidate> byNumber = new ArrayList<>();
    for (AnalyzedDocument other : docs) {
      Facts o = facts.get(other.id().value());
      if (other == doc || o.response || later(o, f)) {
        continue;
      }
      Optional<LineageLink> textual = textualLink(doc, f, other, o);
      if (textual.isPresent()) {
        links.add(textual.get());
        continue;
      }
      if (o.dnr != null && f.cited.stream().anyMatch(c -> sameDnr(c, o.dnr))) {
        byNumber.add(new Candidate(other, o, 1, o.dnr));
        continue;
      }
      if (f.title != null && o.title != null && o.year > 0 && f.year > o.year) {
        TitleWords mine = f.topicWords;
        TitleWords theirs = o.topicWords;
        double overlap = mine.jaccard(theirs);
        if (overlap >= SHARED_TITLE) {
          byTitle.add(new Candidate(other, o, overlap, String.join(", ", mine.shared(theirs))));
        }
      }
    }
    // A cited number without "ersätter" or "bygger vidare på" says only that the document builds on what it
    // cites: the latest such document, not every one it mentions.
    byNumber.stream()
        .max(Comparator.comparing((Candidate c) -> sortDate(c.facts)))
        .ifPresent(c -> {
          String evidence = sentenceCiting(doc, c.facts.dnr).orElse("referenced diary number " + c.facts.dnr);
          LinkKind kind = REPLACE_CUE.matcher(evidence).find() ? LinkKind.REPLACES : LinkKind.BUILDS_ON;
          links.add(new LineageLink(id, c.doc.id().value(), kind, LinkOrigin.INFERRED, evidence, "cited-dnr"));
        });
    // Title words alone are weak evidence: link only the closest earlier document, not every ancestor.
    byTitle.stream()
        .filter(c -> links.stream().noneMatch(l -> l.from().equals(id) && l.to().equals(c.doc.id().value())))
        .max(Comparator.comparingInt((Candidate c) -> c.facts.year).thenComparingDouble(c -> c.overlap))
        .ifPresent(
            c -> {
              boolean sameGenre = c.facts.role.equals(f.role);
              links.add(
                  new LineageLink(
                      id,
                      c.doc.id().value(),
                      sameGenre ? LinkKind.VERSION_OF : LinkKind.BUILDS_ON,
                      LinkOrigin.INFERRED,
                      "titles \"" + f.title + "\" (" + f.year + ") and \"" + c.facts.title + "\" (" + c.facts.year
                          + ") share " + c.sharedWords,
                      "shared-title-words"));
            });
  }

  private record Candidate(AnalyzedDocument doc, Facts facts, double overlap, String sharedWords) {}

  // A document cannot replace or build on one written after it.
  private static boolean later(Facts other, Facts self) {
    if (other.year > 0 && self.year > 0 && other.year != self.year) {
      return other.year > self.year;
    }
    return other.firstDate != null && self.firstDate != null && other.firstDate.isAfter(self.firstDate);
  }

  private static String sortDate(Facts f) {
    return String.format("%04d", f.year) + (f.firstDate == null ? "" : f.firstDate.toString());
  }

  // A sentence that says "ersätter"/"bygger vidare på" and names the other document by number, title or genre
  // and year; failing that, a cited diary number alone.
  private static Optional<LineageLink> textualLink(AnalyzedDocument doc, Facts f, AnalyzedDocument other, Facts o) {
    String id = doc.id().value();
    String otherId = other.id().value();
    TitleWords otherTitle = o.titleWords;
    for (Sentence s : f.cueSentences) {
      String text = s.text();
      Matcher replace = REPLACE_CUE.matcher(text);
      Matcher build = BUILD_CUE.matcher(text);
      boolean replaces = replace.find();
      boolean builds = build.find();
      if (!replaces && !builds) {
        continue;
      }
      TitleWords words = TitleWords.of(text);
      boolean namesDnr = o.dnr != null && mentionsDnr(text, o.dnr);
      // The other's title must be named by its own words, not only by words this document's title shares.
      List<String> distinctive = otherTitle.words().stream().filter(w -> f.titleWords.words().stream().noneMatch(m -> TitleWords.sameStem(w, m))).toList();
      boolean namesTitle = otherTitle.words().size() >= 2 && otherTitle.coveredBy(words) >= 0.6
          && (distinctive.isEmpty() || distinctive.stream().anyMatch(w -> words.words().stream().anyMatch(m -> TitleWords.sameStem(w, m))));
      boolean namesGenreAndYear =
          o.genre != null && o.year > 0 && words.words().stream().anyMatch(w -> TitleWords.sameStem(w, o.genre))
              && yearsIn(text).contains(o.year) && o.year != f.year;
      if (namesDnr || namesTitle || namesGenreAndYear) {
        LinkKind kind = replaces ? LinkKind.REPLACES : LinkKind.BUILDS_ON;
        String rule = (replaces ? "cue-ersätter" : "cue-bygger-vidare-på") + (namesDnr ? "+dnr" : namesTitle ? "+title" : "+genre-year");
        return Optional.of(new LineageLink(id, otherId, kind, LinkOrigin.INFERRED, text, rule));
      }
    }
    return Optional.empty();
  }

  private static void addDeclared(
      List<AnalyzedDocument> docs, Map<String, Facts> facts, LineageManifest manifest, List<LineageLink> links) {
    for (AnalyzedDocument doc : docs) {
      for (LineageManifest.Entry entry : manifest.entryFor(doc.source()).stream().toList()) {
        for (LineageManifest.Link link : entry.allLinks()) {
          docs.stream()
              .filter(d -> d.source() != null && LineageOrder.fileName(d.source()).equals(LineageOrder.fileName(link.target())))
              .findFirst()
              .ifPresent(
                  target ->
                      links.add(
                          new LineageLink(
                              doc.id().value(),
                              target.id().value(),
                              LinkKind.fromCode(link.kind()),
                              LinkOrigin.DECLARED,
                              "manifest: " + entry.file() + " " + link.kind() + " " + link.target(),
                              "manifest")));
        }
      }
    }
  }

  static boolean sameDnr(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    return normaliseDnr(a).equals(normaliseDnr(b));
  }

  private static String normaliseDnr(String dnr) {
    return dnr.replaceAll("(?i)^dnr\\.?\\s*", "").replaceAll("\\s+", " ").trim().toUpperCase(Locale.ROOT);
  }

  // Diary numbers wrap across lines and lose their prefix in running text: the year/number pair decides.
  private static boolean mentionsDnr(String text, String dnr) {
    Matcher wanted = DNR_NUMBER.matcher(dnr);
    if (!wanted.find()) {
      return text.contains(dnr);
    }
    Matcher m = DNR_NUMBER.matcher(text);
    while (m.find()) {
      if (m.group(1).equals(wanted.group(1)) && stripZeros(m.group(2)).equals(stripZeros(wanted.group(2)))) {
        return true;
      }
    }
    return false;
  }

  private static String stripZeros(String number) {
    String s = number.replaceFirst("^0+", "");
    return s.isEmpty() ? "0" : s;
  }

  private static Optional<String> sentenceCiting(AnalyzedDocument doc, String dnr) {
    return doc.sentences().stream().map(Sentence::text).filter(t -> mentionsDnr(t, dnr)).findFirst();
  }

  private static List<Integer> yearsIn(String text) {
    List<Integer> years = new ArrayList<>();
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      years.add(Integer.parseInt(m.group(1)));
    }
    return years;
  }

  // The topic of a title without its genre word, so "Strategi för X" and "Handlingsplan för X" share X.
  private static String topicOf(String title) {
    return title.replaceAll("(?iu)\\b(strategi\\w*|handlingsplan\\w*|program\\w*|plan\\w*|policy\\w*|riktlinje\\w*)\\b", " ");
  }

  /** What lineage needs from one document, read once. */
  static final class Facts {
    final String role;
    final boolean response;
    final String title;
    final String dnr;
    final List<String> cited;
    final int year;
    final LocalDate firstDate;
    final String genre;
    final String answeredTitle;
    final String answeredEvidence;
    final String family;
    final String body;
    final TitleWords titleWords;
    final TitleWords topicWords;
    final List<Sentence> cueSentences;

    private Facts(
        String role, boolean response, String title, String dnr, List<String> cited, int year, LocalDate firstDate,
        String genre, String answeredTitle, String answeredEvidence, String family, String body) {
      this.role = role;
      this.response = response;
      this.title = title;
      this.dnr = dnr;
      this.cited = cited;
      this.year = year;
      this.firstDate = firstDate;
      this.genre = genre;
      this.answeredTitle = answeredTitle;
      this.answeredEvidence = answeredEvidence;
      this.family = family;
      this.body = body;
      this.titleWords = TitleWords.of(title);
      this.topicWords = TitleWords.of(title == null ? null : topicOf(title));
      this.cueSentences = List.of();
    }

    private Facts(Facts f, List<Sentence> cueSentences) {
      this.role = f.role;
      this.response = f.response;
      this.title = f.title;
      this.dnr = f.dnr;
      this.cited = f.cited;
      this.year = f.year;
      this.firstDate = f.firstDate;
      this.genre = f.genre;
      this.answeredTitle = f.answeredTitle;
      this.answeredEvidence = f.answeredEvidence;
      this.family = f.family;
      this.body = f.body;
      this.titleWords = f.titleWords;
      this.topicWords = f.topicWords;
      this.cueSentences = cueSentences;
    }

    static Facts of(AnalyzedDocument doc, LineageManifest manifest) {
      DocumentProfile p = doc.profile();
      Optional<LineageManifest.Entry> entry = manifest.entryFor(doc.source());
      DocumentType type = p.type() == null ? DocumentType.OTHER : p.type();
      String role = entry.map(LineageManifest.Entry::role).filter(r -> r != null && !r.isBlank()).orElse(type.code());
      String title = entry.map(LineageManifest.Entry::title).filter(t -> t != null && !t.isBlank()).orElse(p.title());
      String answered = p.respondsTo();
      String answeredEvidence = answered == null ? null : "respondsTo: " + answered;
      if (answered == null) {
        for (Sentence s : doc.sentences().subList(0, Math.min(40, doc.sentences().size()))) {
          Matcher m = REMISS_TITLE.matcher(s.text());
          if (m.find()) {
            answered = m.group(1).trim();
            answeredEvidence = s.text();
            break;
          }
        }
      }
      boolean response = "referral_response".equals(role) || (entry.isEmpty() && p.respondsTo() != null);
      int year = entry.map(LineageManifest.Entry::year).filter(y -> y > 0).orElse(yearOf(doc, title));
      String genre = genreOf(role, title);
      String dnr = p.ownDnr() != null ? p.ownDnr() : entry.map(LineageManifest.Entry::dnr).orElseGet(() -> dnrInHead(doc, p.title()));
      title = cleanTitle(title);
      String body = p.issuingBody() != null ? p.issuingBody() : entry.map(LineageManifest.Entry::issuingBody).orElse(null);
      Facts facts = new Facts(
          role, response, title, dnr, p.referencedDnrs(), year, p.dates().isEmpty() ? null : p.dates().get(0),
          genre, answered, answeredEvidence, entry.map(LineageManifest.Entry::family).orElse(null), body);
      // Only sentences that say "ersätter" or "bygger vidare på" can state a predecessor: find them once.
      List<Sentence> cues = response ? List.of()
          : doc.sentences().stream().filter(s -> REPLACE_CUE.matcher(s.text()).find() || BUILD_CUE.matcher(s.text()).find()).toList();
      return new Facts(facts, cues);
    }

    // A document whose profile found no own number often carries it in its title line or running header
    // ("Strategi för … • Dnr KS 2018/412"): the first number near the top is its own.
    private static String dnrInHead(AnalyzedDocument doc, String title) {
      List<String> head = new ArrayList<>();
      if (title != null) {
        head.add(title);
      }
      head.addAll(doc.text().letterheadFields().values());
      doc.sentences().stream().limit(5).map(Sentence::text).forEach(head::add);
      for (String text : head) {
        Matcher m = OWN_DNR.matcher(text);
        if (m.find()) {
          return m.group(1).replaceAll("\\s+", " ");
        }
      }
      return null;
    }

    // Titles read from a header line carry the city, the number and the version between bullets: keep the part
    // that names the document.
    private static String cleanTitle(String title) {
      if (title == null || !title.matches(".*\\s[•|·]\\s.*")) {
        return title;
      }
      String best = null;
      for (String part : title.split("\\s+[•|·]\\s+")) {
        String p = part.trim();
        if (p.matches("(?iU)^(dnr|diarienummer)\\b.*") || p.isEmpty()) {
          continue;
        }
        boolean genre = p.matches("(?iU).*\\b(strategi|handlingsplan|program|plan|policy|riktlinje|remiss|svar|yttrande|tjänsteutlåtande)\\w*.*");
        if (best == null || (genre && !best.matches("(?iU).*\\b(strategi|handlingsplan|program|plan|policy|riktlinje|remiss|svar|yttrande|tjänsteutlåtande)\\w*.*"))
            || (genre == best.matches("(?iU).*\\b(strategi|handlingsplan|program|plan|policy|riktlinje|remiss|svar|yttrande|tjänsteutlåtande)\\w*.*") && p.length() > best.length())) {
          best = p;
        }
      }
      return best == null ? title : best;
    }

    // The first day date is the letterhead's or the adoption date; earlier dates in the body are usually cited.
    private static int yearOf(AnalyzedDocument doc, String title) {
      DocumentProfile p = doc.profile();
      if (!p.dates().isEmpty()) {
        return p.dates().get(0).getYear();
      }
      if (p.ownDnr() != null) {
        Matcher m = DNR_NUMBER.matcher(p.ownDnr());
        if (m.find()) {
          return Integer.parseInt(m.group(1));
        }
      }
      for (String text : new String[] {title, doc.source()}) {
        if (text != null) {
          Matcher m = YEAR.matcher(text);
          if (m.find()) {
            return Integer.parseInt(m.group(1));
          }
        }
      }
      return 0;
    }

    private static String genreOf(String role, String title) {
      if (title != null) {
        TitleWords words = TitleWords.of(title);
        for (String w : words.words()) {
          if (w.startsWith("strategi") || w.startsWith("handlingsplan") || w.startsWith("program") || w.startsWith("policy")
              || w.startsWith("riktlinje") || w.startsWith("plan")) {
            return w;
          }
        }
      }
      return switch (role) {
        case "strategy" -> "strategi";
        case "action_plan" -> "handlingsplan";
        default -> null;
      };
    }
  }
}
