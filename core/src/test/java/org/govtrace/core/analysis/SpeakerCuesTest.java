package org.govtrace.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whose words a sentence is: a retelling of the plan, or the author's own judgement that names the plan. */
class SpeakerCuesTest {

  private static final SpeakerCues CUES = new SpeakerCues(Lexicon.bundled());

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Enligt handlingsplanen ska stadsdelsnämnderna erbjuda samråd två gånger per år. | true
      Handlingsplanen beskriver hur samrådet ska gå till. | true
      Flera stadsdelsnämnder påtalade i remissvaren att medlen var otillräckliga. | true
      Riksförbundet välkomnar att handlingsplanen lyfter äldreomsorgen på finska. | false
      Om förvaltningen ska leda de samrådsformer som planen beskriver räcker inte tjänstgöringsgraden. | false
      Tidplanen, som enligt handlingsplanen ska vara klar 2027, bedöms inte realistisk. | false
      """)
  void tellsARetellingFromTheAuthorsJudgement(String sentence, boolean retold) {
    assertEquals(retold, CUES.retells(sentence));
  }
}
