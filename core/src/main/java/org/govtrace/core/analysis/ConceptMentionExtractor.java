package org.govtrace.core.analysis;

import org.govtrace.core.Thesaurus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govtrace.core.model.FindingKind;

/**
 * Finds mentions of the thesaurus's rights areas, focus areas and target groups. An alias names its concept
 * anywhere (a genitive -s allowed); a short term ("utbildning") names it only in a list after the kind's own word
 * ("rättighetsområdena arbete och försörjning, utbildning, kultur …").
 */
final class ConceptMentionExtractor {

  private static final Map<String, FindingKind> KINDS =
      Map.of("rights_area", FindingKind.RIGHTS_AREA, "focus_area", FindingKind.FOCUS_AREA, "target_group", FindingKind.TARGET_GROUP);
  private static final Map<String, Pattern> LIST_CUES =
      Map.of(
          "rights_area", Pattern.compile("(?iu)rättighetsområde\\p{L}*"),
          "focus_area", Pattern.compile("(?iu)fokusområde\\p{L}*"),
          "target_group", Pattern.compile("(?iu)målgrupp\\p{L}*|prioriterade\\s+grupper"));

  private record Matchers(Thesaurus.Concept concept, Pattern alias, Pattern term) {}

  private final List<Matchers> matchers = new ArrayList<>();

  ConceptMentionExtractor(Thesaurus thesaurus) {
    for (Thesaurus.Concept concept : thesaurus.concepts()) {
      List<String> aliases = new ArrayList<>(concept.aliases());
      aliases.add(concept.label());
      matchers.add(new Matchers(concept, words(aliases), concept.terms().isEmpty() ? null : words(concept.terms())));
    }
  }

  /** The concepts the sentence names, one finding per concept. */
  List<Hit> extract(PlacedSentence sentence) {
    String body = sentence.body();
    List<Hit> hits = new ArrayList<>();
    for (Matchers m : matchers) {
      FindingKind kind = KINDS.get(m.concept().kind());
      if (m.alias().matcher(body).find()) {
        hits.add(hit(kind, m.concept(), "concept:alias"));
        continue;
      }
      if (m.term() != null) {
        Matcher cue = LIST_CUES.get(m.concept().kind()).matcher(body);
        if (cue.find() && m.term().matcher(body).region(cue.end(), body.length()).find()) {
          hits.add(hit(kind, m.concept(), "concept:term-i-lista"));
        }
      }
    }
    return hits;
  }

  private static Hit hit(FindingKind kind, Thesaurus.Concept concept, String rule) {
    return new Hit(kind, concept.id(), null, null, concept.label(), rule);
  }

  private static Pattern words(List<String> forms) {
    StringBuilder alternation = new StringBuilder();
    forms.stream()
        .sorted((a, b) -> b.length() - a.length())
        .forEach(f -> alternation.append(alternation.isEmpty() ? "" : "|").append(Pattern.quote(f).replace(" ", "\\E\\s+\\Q")));
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")s?(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
