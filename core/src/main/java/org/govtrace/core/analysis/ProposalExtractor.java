package org.govtrace.core.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.model.Token;

/**
 * Finds what the author proposes or asks for: the office or board as subject of a proposing verb (föreslå, önska,
 * efterfråga, efterlysa, rekommendera …, found by lemma, or by stem when the text is untagged), or phrases such as
 * "vill lyfta vikten av" and "anser att … bör". A formal decision proposal ("föreslår att nämnden godkänner …")
 * is labelled {@code formal}, as is the passive decision proposal ("Nämnden föreslås besluta att …"); others
 * {@code request}. A resource concern without a proposing verb is reported as a
 * concern only.
 */
final class ProposalExtractor {

  private static final Pattern DECISION_ITEM = Pattern.compile("^\\p{Lu}\\p{L}+.*\\s\\p{Ll}+r\\s", Pattern.DOTALL);
  // Standard procedural items carry no proposal of substance.
  private static final Pattern PROCEDURAL = Pattern.compile("(?i)\\bjusteras\\b|\\bomedelbart\\b");

  private final Set<String> lemmas;
  private final List<String> stems;
  private final Pattern phrases;
  private final Pattern formal;
  private final Pattern decision;
  private final Pattern retold;
  private final SpeakerCues speaker;

  ProposalExtractor(Lexicon lexicon, SpeakerCues speaker) {
    this.lemmas = Set.copyOf(lexicon.entries("proposal.lemma"));
    this.stems = lemmas.stream().map(l -> l.length() > 5 && l.endsWith("a") ? l.substring(0, l.length() - 1) : l).toList();
    this.phrases = lexicon.anyOf("proposal.re");
    this.formal = lexicon.anyOf("proposal.formal.re");
    this.decision = lexicon.anyOf("proposal.decision.re");
    this.retold = lexicon.anyOf("proposal.retold.re");
    this.speaker = speaker;
  }

  /** The proposal in the sentence, if the author makes one. */
  List<Hit> extract(PlacedSentence sentence, boolean concern) {
    String body = sentence.body();
    if (!speaker.ownWords(sentence)) {
      return List.of();
    }
    // An item of the decision the author proposes ("Förslag till beslut: 1. Nämnden godkänner …").
    if (sentence.voice() == Voice.DECISION && DECISION_ITEM.matcher(body).find() && !PROCEDURAL.matcher(body).find()) {
      return List.of(new Hit(FindingKind.PROPOSAL, "formal", null, null, body.replaceAll("\\s+", " ").strip(), "proposal:beslutspunkt"));
    }
    // The office's decision proposal in the passive ("Nämnden föreslås besluta att …") is the author's proposal.
    if (decision.matcher(body).find()) {
      return List.of(new Hit(FindingKind.PROPOSAL, "formal", null, null, body.replaceAll("\\s+", " ").strip(), "proposal:beslutsförslag"));
    }
    // A request with a proposing verb stays a proposal even when it asks for money; other concerns are concerns.
    boolean byVerb = speaker.authorSpeaks(body) && hasProposingVerb(sentence);
    boolean byPhrase = !concern && phrases.matcher(body).find();
    if (!byVerb && !byPhrase) {
      return List.of();
    }
    String label = formal.matcher(body).find() ? "formal" : "request";
    String text = body.replaceAll("\\s+", " ").strip();
    return List.of(new Hit(FindingKind.PROPOSAL, label, null, null, text, "proposal:" + (byVerb ? "verb" : "phrase")));
  }

  private boolean hasProposingVerb(PlacedSentence sentence) {
    boolean tagged = sentence.tagged();
    int start = sentence.sentence().span().start() + sentence.bodyStart();
    List<int[]> retoldClauses = new java.util.ArrayList<>();
    java.util.regex.Matcher clause = retold.matcher(sentence.body());
    while (clause.find()) {
      retoldClauses.add(new int[] {start + clause.start(), start + clause.end()});
    }
    for (Token token : sentence.sentence().tokens()) {
      if (token.span().start() < start) {
        continue;
      }
      // "…, så som strategin föreslår": the verb belongs to the retold document, not to the author.
      int at = token.span().start();
      if (retoldClauses.stream().anyMatch(c -> c[0] <= at && at < c[1])) {
        continue;
      }
      // An active verb: a passive "föreslås" reports what someone else proposes. The form backs up the tagger.
      String form = token.text().toLowerCase(Locale.ROOT);
      if (tagged && "VERB".equals(token.upos()) && lemmas.contains(token.lemma()) && !form.endsWith("s")) {
        return true;
      }
      if (form.endsWith("r") && stems.stream().anyMatch(form::startsWith)) {
        return true;
      }
    }
    return false;
  }
}
