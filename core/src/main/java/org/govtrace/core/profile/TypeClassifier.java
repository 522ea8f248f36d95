package org.govtrace.core.profile;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.govtrace.core.model.DocumentText;
import org.govtrace.core.model.DocumentType;

/**
 * Tells the genre (DOMAIN.md, "The genres"): a referral response speaks of answering a remiss ("svar på remiss",
 * "som svar på remissen", "yttrande över", a tjänsteutlåtande about a remiss); otherwise the title names the
 * genre (handlingsplan, strategi or program, rapport or uppföljning); a slide deck is a presentation.
 */
final class TypeClassifier {

  private static final Pattern RESPONSE =
      Pattern.compile(
          "(?iu)svar på remiss|som svar på remissen|remissvar|yttrande över|yttrande om|har (fått|erhållit) .{0,80}på remiss"
              + "|har remitterat|remitterats till|lämnar följande (yttrande|synpunkter)");
  private static final Pattern ACTION_PLAN = Pattern.compile("(?iu)handlingsplan|åtgärdsplan|aktivitetsplan|åtgärdsprogram");
  private static final Pattern STRATEGY = Pattern.compile("(?iu)strategi|program(?!met för)|policy|riktlinjer|vision");
  private static final Pattern REPORT =
      Pattern.compile("(?iu)rapport|uppföljning|utvärdering|årsredovisning|verksamhetsberättelse|kartläggning|redovisning|lägesbild");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?]\"?$");

  DocumentType classify(DocumentText text, String title, String mediaType, Map<String, String> letterhead) {
    if (mediaType != null && isPresentation(mediaType)) {
      return DocumentType.PRESENTATION;
    }
    String head = text.text().substring(0, Math.min(text.text().length(), 3000));
    String kind = letterhead.getOrDefault("Dokument", "").toLowerCase(Locale.ROOT);
    boolean speaksOfRemiss = text.text().toLowerCase(Locale.ROOT).contains("remiss");
    if ((title != null && RESPONSE.matcher(title).find())
        || RESPONSE.matcher(text.text()).find()
        || ((kind.equals("tjänsteutlåtande") || kind.equals("yttrande")) && speaksOfRemiss)
        || (title != null && title.toLowerCase(Locale.ROOT).matches("(?s).*\\bremiss(en|svar)?\\b.*"))) {
      return DocumentType.REFERRAL_RESPONSE;
    }
    if (looksLikeSlides(text)) {
      return DocumentType.PRESENTATION;
    }
    String named = title != null ? title : head.lines().findFirst().orElse("");
    if (ACTION_PLAN.matcher(named).find()) {
      return DocumentType.ACTION_PLAN;
    }
    if (STRATEGY.matcher(named).find()) {
      return DocumentType.STRATEGY;
    }
    if (REPORT.matcher(named).find()) {
      return DocumentType.REPORT;
    }
    return DocumentType.OTHER;
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
