package org.govtrace.core.profile;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.govtrace.core.model.DocumentText;
import org.govtrace.core.model.DocumentType;

/**
 * Tells the genre (DOMAIN.md, "The genres"): a title that speaks of a remiss or a tjänsteutlåtande about one is a
 * referral response; else a title that names a genre (handlingsplan, strategi or program, rapport or uppföljning)
 * decides, even when the text tells of its own remiss; else the body's "som svar på remissen" or "yttrande över"
 * marks a response; a slide deck is a presentation.
 */
final class TypeClassifier {

  private static final Pattern TITLE_RESPONSE =
      Pattern.compile("(?iu)\\b(remiss|remissen|remissvar|remissyttrande|yttrande|svar på)\\b");
  private static final Pattern RESPONSE =
      Pattern.compile(
          "(?iu)svar på remiss|som svar på remissen|yttrande över|har (fått|erhållit) .{0,80}på remiss"
              + "|har remitterat .{0,80}(till|för yttrande)|lämnar följande (yttrande|synpunkter)");
  private static final Pattern ACTION_PLAN = Pattern.compile("(?iu)handlingsplan|åtgärdsplan|aktivitetsplan|åtgärdsprogram");
  private static final Pattern STRATEGY = Pattern.compile("(?iu)strategi|program(?!met för)|policy|riktlinjer|vision");
  private static final Pattern REPORT =
      Pattern.compile("(?iu)rapport|uppföljning|utvärdering|årsredovisning|verksamhetsberättelse|kartläggning|redovisning|lägesbild");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?]\"?$");

  DocumentType classify(DocumentText text, String title, String mediaType, Map<String, String> letterhead) {
    if (mediaType != null && isPresentation(mediaType)) {
      return DocumentType.PRESENTATION;
    }
    String kind = letterhead.getOrDefault("Dokument", "").toLowerCase(Locale.ROOT);
    String lower = text.text().toLowerCase(Locale.ROOT);
    if ((title != null && TITLE_RESPONSE.matcher(title).find())
        || ((kind.equals("tjänsteutlåtande") || kind.equals("yttrande")) && lower.contains("remiss"))) {
      return DocumentType.REFERRAL_RESPONSE;
    }
    if (looksLikeSlides(text)) {
      return DocumentType.PRESENTATION;
    }
    // A plan or strategy that tells how its own remiss went ("remissvaren har beaktats") is still a plan.
    DocumentType genre = title == null ? null : genreOf(title);
    if (genre != null) {
      return genre;
    }
    if (RESPONSE.matcher(text.text()).find()) {
      return DocumentType.REFERRAL_RESPONSE;
    }
    DocumentType opening = genreOf(text.text().lines().filter(l -> !l.isBlank()).findFirst().orElse(""));
    return opening != null ? opening : DocumentType.OTHER;
  }

  private static DocumentType genreOf(String name) {
    if (ACTION_PLAN.matcher(name).find()) {
      return DocumentType.ACTION_PLAN;
    }
    if (STRATEGY.matcher(name).find()) {
      return DocumentType.STRATEGY;
    }
    if (REPORT.matcher(name).find()) {
      return DocumentType.REPORT;
    }
    return null;
  }

  private static boolean isPresentation(String mediaType) {
    String type = mediaType.toLowerCase(Locale.ROOT);
    return type.contains("presentation") || type.contains("powerpoint");
  }

  /** Slides: several pages of mostly short lines that are not sentences. */
  private static boolean looksLikeSlides(DocumentText text) {
    if (text.pages().size() < 3) {
      return false;
    }
    long lines = text.text().lines().filter(l -> !l.isBlank()).count();
    long sentences = text.text().lines().filter(l -> SENTENCE_END.matcher(l.strip()).matches() && l.length() > 60).count();
    return lines >= 3L * text.pages().size() && sentences < 0.25 * lines;
  }
}
