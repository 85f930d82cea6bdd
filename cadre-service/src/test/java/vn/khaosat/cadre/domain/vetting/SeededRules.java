package vn.khaosat.cadre.domain.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The seeded rule set of the service, plus helpers to build and break definitions in tests. */
final class SeededRules {

  static final String SOURCE = "Chỉ thị 35-CT/TW ngày 30/5/2019; Hướng dẫn 26-HD/BTCTW";
  static final YearMonth DISTRICT_2020 = YearMonth.of(2020, 6);
  static final YearMonth PROVINCE_2020 = YearMonth.of(2020, 9);

  private SeededRules() {}

  /** A definition from alternating parameter names and values. */
  static RuleDefinition def(String code, RuleKind kind, Severity severity, String... pairs) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      parameters.put(pairs[i], pairs[i + 1]);
    }
    return new RuleDefinition(code, kind, severity, parameters, SOURCE);
  }

  /** The same definition with one parameter set (null removes it). */
  static RuleDefinition with(RuleDefinition definition, String name, String value) {
    Map<String, String> parameters = new LinkedHashMap<>(definition.parameters());
    if (value == null) {
      parameters.remove(name);
    } else {
      parameters.put(name, value);
    }
    return new RuleDefinition(
        definition.code(), definition.kind(), definition.severity(), parameters, SOURCE);
  }

  static RuleDefinition age() {
    return def(
        "AGE",
        RuleKind.AGE,
        Severity.FAIL,
        "minMonthsFirstTime",
        "60",
        "minMonthsReElection",
        "30",
        "retirementAgeMale",
        "60",
        "retirementAgeFemale",
        "55");
  }

  static RuleDefinition discipline() {
    return def("DISCIPLINE", RuleKind.DISCIPLINE, Severity.FAIL);
  }

  static RuleDefinition theory() {
    return def(
        "THEORY",
        RuleKind.THEORY_LEVEL,
        Severity.FAIL,
        "roles",
        "SECRETARY,DEPUTY_SECRETARY,STANDING_MEMBER",
        "levels",
        "ADVANCED,BACHELOR");
  }

  static RuleDefinition assets() {
    return def("ASSETS", RuleKind.ASSET_DECLARATION, Severity.FAIL, "yearsBack", "1");
  }

  static RuleDefinition plan() {
    return def(
        "PLAN", RuleKind.SUCCESSION_PLAN, Severity.FAIL, "roles", "SECRETARY,DEPUTY_SECRETARY");
  }

  static RuleDefinition terms() {
    return def("TERMS", RuleKind.SECRETARY_TERM_LIMIT, Severity.FAIL, "maxConsecutiveTerms", "2");
  }

  static RuleDefinition women() {
    return def("WOMEN", RuleKind.WOMEN_SHARE, Severity.WARN, "minPercent", "15");
  }

  static RuleDefinition womenStanding() {
    return def("WOMEN_SC", RuleKind.WOMEN_ON_STANDING_COMMITTEE, Severity.WARN, "minCount", "1");
  }

  static RuleDefinition youth() {
    return def(
        "YOUTH", RuleKind.YOUTH_SHARE, Severity.WARN, "maxAgeExclusive", "40", "minPercent", "10");
  }

  static RuleDefinition ageBand() {
    return def(
        "AGE_BAND",
        RuleKind.AGE_BAND_SHARE,
        Severity.WARN,
        "minAge",
        "40",
        "maxAge",
        "50",
        "minPercent",
        "40",
        "maxPercent",
        "50");
  }

  static RuleDefinition size() {
    return def("SIZE", RuleKind.SLATE_SIZE, Severity.FAIL, "maxPercentOfPrevious", "95");
  }

  static RuleDefinition ethnic() {
    return def(
        "ETHNIC", RuleKind.ETHNIC_MINORITY_SHARE, Severity.INFO, "majorityEthnicity", "Kinh");
  }

  static List<RuleDefinition> all() {
    return List.of(
        age(),
        discipline(),
        theory(),
        assets(),
        plan(),
        terms(),
        women(),
        womenStanding(),
        youth(),
        ageBand(),
        size(),
        ethnic());
  }

  /** Asserts that parsing {@code definition} fails with {@code key} on {@code parameter}. */
  static InvalidRuleException assertInvalid(
      RuleDefinition definition, String key, String parameter) {
    InvalidRuleException e =
        assertThrows(
            InvalidRuleException.class,
            () -> Rules.validate(List.of(definition)),
            () -> "expected " + key + " for " + definition.parameters());
    assertEquals(key, e.messageKey());
    assertEquals(parameter, e.parameter());
    assertEquals(definition.code(), e.ruleCode());
    return e;
  }

  static SlateFacts slate(YearMonth month, List<CandidateFacts> candidates) {
    return new SlateFacts(month, candidates, null, null, null);
  }
}
