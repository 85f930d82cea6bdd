package vn.khaosat.cadre.domain.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.khaosat.cadre.domain.vetting.CandidateBuilder.candidate;
import static vn.khaosat.cadre.domain.vetting.SeededRules.DISTRICT_2020;
import static vn.khaosat.cadre.domain.vetting.SeededRules.assertInvalid;
import static vn.khaosat.cadre.domain.vetting.SeededRules.ethnic;
import static vn.khaosat.cadre.domain.vetting.SeededRules.with;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EthnicMinorityShareRuleTest {

  private final SlateRule rule = Rules.slateRule(ethnic());

  /** Ten candidates: Tày, Ê Đê, Mường, then spellings of Kinh and one unknown. */
  private static SlateFacts slate(String localPercent) {
    List<CandidateFacts> list = new ArrayList<>();
    String[] ethnicities = {
      "Tày", "Ê Đê", "Mường", "Kinh", "KINH", " kinh ", "Kính", "Kinh", "Kinh", null
    };
    for (int i = 0; i < ethnicities.length; i++) {
      list.add(candidate("c" + i).ethnicity(ethnicities[i]).build());
    }
    return new SlateFacts(
        DISTRICT_2020,
        list,
        null,
        null,
        localPercent == null ? null : new BigDecimal(localPercent));
  }

  @Test
  void reportsShareWithoutLocalFigure() {
    Finding f = rule.check(slate(null));
    assertEquals(Outcome.PASSED, f.outcome());
    assertEquals("finding.ethnicMinorityShare.reported", f.messageKey());
    assertEquals(Map.of("total", 10, "count", 3, "percent", "30.0"), f.figures());
    assertFalse(f.figures().containsKey("localPercent"));
  }

  @ParameterizedTest(name = "local {0} %: {1}")
  @CsvSource({"29.9, PASSED", "30, PASSED", "30.0, PASSED", "30.1, FAILED", "45, FAILED"})
  void comparesWithLocalShare(String local, Outcome outcome) {
    Finding f = rule.check(slate(local));
    assertEquals(outcome, f.outcome());
    assertEquals(
        new BigDecimal(local).stripTrailingZeros().toPlainString(),
        f.figures().get("localPercent"));
    assertEquals(Severity.INFO, f.severity());
  }

  @Test
  void foldsCaseAndDiacritics() {
    assertEquals("kinh", EthnicMinorityShareRule.fold(" Kính "));
    assertEquals("e de", EthnicMinorityShareRule.fold("Ê Đê"));
    assertEquals("dao", EthnicMinorityShareRule.fold("Dao"));
    SlateRule accented = Rules.slateRule(with(ethnic(), "majorityEthnicity", "KÍNH"));
    assertEquals(3, accented.check(slate(null)).figures().get("count"));
  }

  @Test
  void emptySlateIsNotApplicable() {
    SlateFacts empty = new SlateFacts(DISTRICT_2020, List.of(), null, null, BigDecimal.TEN);
    assertEquals(Outcome.NOT_APPLICABLE, rule.check(empty).outcome());
  }

  @Test
  void validatesParameters() {
    assertInvalid(
        with(ethnic(), "majorityEthnicity", ""), "ruleSet.parameterMissing", "majorityEthnicity");
    assertInvalid(with(ethnic(), "majority", "Kinh"), "ruleSet.parameterUnknown", "majority");
  }
}
