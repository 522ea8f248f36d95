package org.govtrace.core.trace;

import static org.govtrace.core.testdocs.TestDocuments.document;

import java.util.List;
import org.govtrace.core.lineage.LineageInference;
import org.govtrace.core.lineage.LineageManifest;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.DocumentType;
import org.govtrace.core.model.FindingKind;

/** A small corpus: a 2018 strategy, a 2025 plan, two responses to the plan and one to the strategy. */
public final class TraceFixtures {

  private TraceFixtures() {}

  public static AnalyzedDocument strategy() {
    return document("strategi-2018.txt").type(DocumentType.STRATEGY).title("Strategi för romsk inkludering").dnr("KS 2018/123").dates("2018-03-15")
        .text("Strategi för romsk inkludering\n\nRätten till social omsorg och trygghet ska säkras. Rätten till utbildning gäller alla barn.\n\nSocialnämnden ska samordna arbetet med romsk inkludering.")
        .finding(FindingKind.RIGHTS_AREA, "ratten-till-social-omsorg", "Rätten till social omsorg och trygghet")
        .finding(FindingKind.RIGHTS_AREA, "ratten-till-utbildning", "Rätten till utbildning")
        .responsibility("Socialnämnden", "ska", "samordna arbetet med romsk inkludering")
        .build();
  }

  public static AnalyzedDocument plan() {
    return document("handlingsplan-2025.txt").type(DocumentType.ACTION_PLAN).title("Handlingsplan för romsk inkludering").dnr("KS 2025/809").dates("2025-05-01")
        .text("Handlingsplan för romsk inkludering\n\nHandlingsplanen ersätter strategin från 2018.\n\n"
            + "Resultatmål 1: Romska barn och unga ska fullfölja sin utbildning i grundskolan.\n\n"
            + "Resultatmål 2: Andelen romer med egen försörjning genom arbete ska öka.\f"
            + "Fokusområdet välfärd och service omfattar socialtjänst och omsorg. Rätten till utbildning gäller alla barn.\n\n"
            + "Stadsdelsnämnderna ska samordna arbetet med romsk inkludering.")
        .goal("Resultatmål 1").goal("Resultatmål 2")
        .finding(FindingKind.FOCUS_AREA, "valfard-och-service", "välfärd och service")
        .finding(FindingKind.RIGHTS_AREA, "ratten-till-utbildning", "Rätten till utbildning")
        .responsibility("Stadsdelsnämnderna", "ska", "samordna arbetet med romsk inkludering")
        .build();
  }

  public static AnalyzedDocument farsta() {
    return document("farsta-2025.txt").type(DocumentType.REFERRAL_RESPONSE).body("Farsta stadsdelsnämnd").cites("KS 2025/809").dates("2025-11-20")
        .text("Farsta stadsdelsnämnd\n\nFörvaltningen ser positivt på resultatmål 2 men saknar konkreta insatser. "
            + "Förvaltningen anser att fler romska barn behöver stöd för att fullfölja grundskolan. "
            + "Förvaltningen vill lyfta fram behovet av resurser för att genomföra uppdragen.")
        .finding(FindingKind.STANCE, "support", "ser positivt på resultatmål 2")
        .finding(FindingKind.STANCE, "critique", "fler romska barn behöver stöd")
        .finding(FindingKind.RESOURCE_CONCERN, "resources", "behovet av resurser")
        .build();
  }

  public static AnalyzedDocument kultur() {
    return document("kultur-2025.txt").type(DocumentType.REFERRAL_RESPONSE).body("Kulturnämnden").cites("KS 2025/809").dates("2025-11-02")
        .text("Kulturnämnden\n\nNämnden efterfrågar en tydligare beskrivning av fokusområdet välfärd och service. Biblioteken kan bidra med läsfrämjande insatser och resurser.")
        .finding(FindingKind.PROPOSAL, "proposal", "efterfrågar en tydligare beskrivning")
        .build();
  }

  public static AnalyzedDocument socialnamnden2018() {
    return document("sn-2018.txt").type(DocumentType.REFERRAL_RESPONSE).body("Socialnämnden").cites("KS 2018/123").dates("2018-05-02")
        .text("Socialnämnden\n\nNämnden ställer sig bakom strategin och rätten till social omsorg och trygghet.")
        .finding(FindingKind.RIGHTS_AREA, "ratten-till-social-omsorg", "rätten till social omsorg och trygghet")
        .finding(FindingKind.STANCE, "support", "ställer sig bakom strategin")
        .build();
  }

  public static List<AnalyzedDocument> documents() {
    return List.of(kultur(), plan(), farsta(), socialnamnden2018(), strategy());
  }

  public static Corpus corpus() {
    List<AnalyzedDocument> docs = documents();
    return new Corpus(docs, new LineageInference().infer(docs, LineageManifest.EMPTY));
  }
}
