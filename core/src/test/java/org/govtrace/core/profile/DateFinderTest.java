package org.govtrace.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {

  private final DateFinder finder = new DateFinder();

  /** Day dates in every written form become ISO dates; periods and partial dates are skipped. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Sammanträde 2025-11-20. | 2025-11-20",
        "yttrande senast 21 november 2025. | 2025-11-21",
        "Behandlat den 11 april 2018 och i rådet den 12 april. | 2018-04-11;2018-04-12",
        "Rådet sammanträder den 12 april. Beslutet fattades 2019-03-01. | 2019-04-12;2019-03-01",
        "Remisstiden går ut 20/4 2018. | 2018-04-20",
        "från den 1:a maj 2025 | 2025-05-01",
        "Godkänt 2025-10-31T08:50:19+0100 | 2025-10-31",
        "Strategin gäller 2018–2022 och 2018-2022. | ",
        "Beslut i december 2018, vecka 12, år 2017. | ",
        "Felaktigt 2025-02-30 och 31/4 2018. | ",
        "Den 12 april utan något år i texten. | ",
      })
  void findsDayDates(String text, String expected) {
    List<LocalDate> dates = expected == null ? List.of() : Arrays.stream(expected.split(";")).map(LocalDate::parse).toList();
    assertEquals(dates, finder.find(text));
  }
}
