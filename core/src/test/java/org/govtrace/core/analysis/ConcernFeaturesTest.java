package org.govtrace.core.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The word classes and class pairs the resource-concern model reads, from lemmas. */
class ConcernFeaturesTest {

  private static final ConcernFeatures FEATURES = ConcernFeatures.bundled();

  private static Set<String> of(String lemmas) {
    return Arrays.stream(FEATURES.of(List.of(lemmas.split(" ")))).collect(Collectors.toSet());
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "förvaltningsanslag, money",
      "ramtillskott, money",
      "lärartjänst, staff",
      "skolsköterska, staff",
      "handläggningstid, time",
      "merkostnad, cost",
      "kräva, need",
      "underfinansierad, lack",
  })
  void putsACompoundInTheClassOfItsParts(String lemma, String wordClass) {
    assertTrue(of(lemma).contains("c=" + wordClass), () -> lemma + ": " + of(lemma));
  }

  @Test
  void keepsShortWordsFromMatchingInsideUnrelatedOnes() {
    assertFalse(of("program").contains("c=money"), "'ram' inside 'program' is no budget frame");
    assertFalse(of("framtid").contains("c=time"), "'tid' inside 'framtid' is no lack of time");
    assertFalse(of("tjänsteutlåtande").contains("c=staff"), "a tjänsteutlåtande is no post");
  }

  @Test
  void marksWhichWayAnAmountMoves() {
    assertTrue(of("kostnad för skolskjuts ha öka").contains("dir=cost_increase"));
    assertTrue(of("tidig insats minska kostnad på sikt").contains("dir=cost_decrease"));
    assertTrue(of("minskad anslag").contains("dir=money_decrease"));
  }

  @Test
  void tellsAnInabilityFromADenial() {
    Set<String> inability = of("förvaltning kunna inte genomföra uppdrag");
    assertTrue(inability.contains("neg=capacity"), inability.toString());
    Set<String> denial = of("medföra inga ökad kostnad");
    assertTrue(denial.contains("neg=resource"), denial.toString());
  }

  @Test
  void alwaysCarriesTheBiasSoUnseenWordsDoNotScoreOneHalf() {
    assertTrue(of("helt okänd ord").contains("bias"));
  }
}
