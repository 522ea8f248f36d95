package org.govtrace.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiaryNumberFinderTest {

  private final DiaryNumberFinder finder = new DiaryNumberFinder();

  /** Every form of DOMAIN.md, normalised; legislation and periods are no diary numbers ("/" separates, "-" none). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "enligt programmet (Dnr KS 2023/1159, nedan kallat programmet) | KS 2023/1159",
        "se dnr SF 2023/512. | SF 2023/512",
        "Dnr FAR 2025/606 | FAR 2025/606",
        "ärende SN 2018/0123 och KF 2018/12 | SN 2018/0123;KF 2018/12",
        "Handlingsplan för inkludering, KS ~2025/809. Remiss | KS 2025/809",
        "Regeringens beslut Ku2017/01534/DISK och Fi2020/01234 | Ku2017/01534/DISK;Fi2020/01234",
        "Diarienummer: KS/2019:123 | KS/2019:123",
        "Dnr 2018/1234 | 2018/1234",
        "Dnr 3.1.1-123/2018 | 3.1.1-123/2018",
        "enligt förordning (EU) 2016/679 och EU 2016/679 | ",
        "under verksamhetsåret 2018/2019 och perioden 2018-2022 | ",
        "det finns 2018/1234 utan etikett | ",
      })
  void findsDiaryNumbers(String text, String expected) {
    List<String> numbers = finder.find(text.replace("~", "\n")).stream().map(DiaryNumberFinder.Found::number).toList();
    assertEquals(expected == null ? List.of() : Arrays.asList(expected.split(";")), numbers);
  }
}
