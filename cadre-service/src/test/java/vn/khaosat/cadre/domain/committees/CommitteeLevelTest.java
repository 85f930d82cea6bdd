package vn.khaosat.cadre.domain.committees;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.khaosat.cadre.domain.UnitLevel;

class CommitteeLevelTest {

  @ParameterizedTest(name = "{0} under {1}: {2}")
  @CsvSource(
      nullValues = "none",
      value = {
        "PROVINCE, none, PROVINCE",
        "DISTRICT, PROVINCE, DISTRICT",
        // before 1 July 2025 a commune sat under a district: a grassroots committee
        "COMMUNE, DISTRICT, COMMUNE",
        // since then directly under the province, with a congress month of its own
        "COMMUNE, PROVINCE, COMMUNE_UNDER_PROVINCE",
        "COMMUNE, none, COMMUNE"
      })
  void aCommuneDirectlyUnderAProvinceIsALevelOfItsOwn(
      UnitLevel unit, UnitLevel parent, CommitteeLevel expected) {
    assertEquals(expected, CommitteeLevel.of(unit, parent));
  }
}
