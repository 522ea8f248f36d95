package org.govtrace.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwedishAnalysisTest {

  private static final CompoundDictionary DICTIONARY = CompoundDictionary.bundled();
  private static final IndexAnalyzers ANALYZERS = new IndexAnalyzers(DICTIONARY);

  @ParameterizedTest
  @CsvSource({
    "resursbehov, resurs behov",
    "resursbehovet, resurs behovet",
    "stadsdelsnämnden, stadsdel stad del nämnden",
    "arbetsmarknadsnämnden, arbetsmarknad arbete marknad nämnden",
    "kvinnogrupp, kvinna grupp",
    "handlingsplanen, handling planen",
    "tjänsteutlåtande, tjänst utlåtande",
    "resultatmål, resultat mål",
    "finansieringsprincipen, finansiering principen",
  })
  void splitsGovernanceCompoundsIntoTheirParts(String word, String parts) {
    assertEquals(List.of(parts.split(" ")), DICTIONARY.split(word));
  }

  @ParameterizedTest
  @CsvSource({"förvaltningen", "verksamheten", "kommunen", "utbildning", "person", "resurser", "förslaget", "medgivande"})
  void leavesSimpleWordsWhole(String word) {
    assertEquals(List.of(), DICTIONARY.split(word));
  }

  @Test
  void indexesACompoundWithTheStemsOfItsParts() throws IOException {
    List<String> terms = terms(ANALYZERS.indexing, IndexSchema.TEXT, "Nämnden ser ett resursbehov");
    assertTrue(terms.containsAll(List.of("resursbehov", "resur", "behov", "nämnd")), terms.toString());
  }

  @ParameterizedTest
  @CsvSource({
    "resurs, resurser resurserna resursen",
    "plan, planer planen planerna",
    "handlingsplan, handlingsplanen handlingsplaner handlingsplanerna",
    "kommun, kommunen kommuner kommunerna",
    "förvaltning, förvaltningen förvaltningar förvaltningarna",
    "insats, insatsen insatser insatserna",
    "ansvar, ansvaret ansvarar",
    "nämnd, nämnden nämnder nämnderna",
    "behov, behovet behoven",
  })
  void bringsInflectedFormsToTheSameTerm(String base, String forms) throws IOException {
    List<String> stem = terms(ANALYZERS.querying, IndexSchema.TEXT, base);
    for (String form : forms.split(" ")) {
      assertEquals(stem, terms(ANALYZERS.querying, IndexSchema.TEXT, form), form);
      assertEquals(stem, terms(ANALYZERS.indexing, IndexSchema.LEMMA, form), form);
    }
  }

  @Test
  void queriesKeepCompoundsWhole() throws IOException {
    assertEquals(List.of("resursbehov"), terms(ANALYZERS.querying, IndexSchema.TEXT, "resursbehov"));
  }

  @Test
  void leavesDiaryNumbersUnstemmed() throws IOException {
    assertEquals(List.of("ks", "2025", "809"), terms(ANALYZERS.indexing, IndexSchema.TEXT, "KS 2025/809"));
  }

  static List<String> terms(Analyzer analyzer, String field, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }
}
