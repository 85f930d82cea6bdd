package vn.khaosat.cadre.domain.vetting;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.khaosat.cadre.domain.vetting.SeededRules.age;
import static vn.khaosat.cadre.domain.vetting.SeededRules.def;
import static vn.khaosat.cadre.domain.vetting.SeededRules.women;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesTest {

  @Test
  void seededRuleSetIsValid() {
    assertDoesNotThrow(() -> Rules.validate(SeededRules.all()));
    Rules.Compiled compiled = Rules.compile(SeededRules.all());
    assertEquals(6, compiled.candidateRules().size());
    assertEquals(6, compiled.slateRules().size());
    assertEquals("AGE", compiled.candidateRules().get(0).definition().code());
  }

  @Test
  void everyKindIsParsed() {
    for (RuleDefinition d : SeededRules.all()) {
      RuleDefinition parsed =
          d.kind().slate() ? Rules.slateRule(d).definition() : Rules.candidateRule(d).definition();
      assertSame(d, parsed);
    }
  }

  @Test
  void refusesDuplicateCodes() {
    List<RuleDefinition> rules = new ArrayList<>(SeededRules.all());
    rules.add(def("AGE", RuleKind.DISCIPLINE, Severity.WARN));
    InvalidRuleException e = assertThrows(InvalidRuleException.class, () -> Rules.validate(rules));
    assertEquals("ruleSet.duplicateRule", e.messageKey());
    assertEquals(List.of("AGE"), e.arguments());
    assertNull(e.parameter());
  }

  @Test
  void refusesMissingKindSeverityOrCode() {
    InvalidRuleException kind =
        assertThrows(
            InvalidRuleException.class,
            () -> Rules.validate(List.of(def("X", null, Severity.FAIL))));
    assertEquals("ruleSet.kindRequired", kind.messageKey());
    assertEquals("X", kind.ruleCode());

    InvalidRuleException severity =
        assertThrows(
            InvalidRuleException.class,
            () -> Rules.validate(List.of(def("Y", RuleKind.DISCIPLINE, null))));
    assertEquals("ruleSet.severityRequired", severity.messageKey());

    InvalidRuleException code =
        assertThrows(
            InvalidRuleException.class,
            () -> Rules.candidateRule(def(" ", RuleKind.DISCIPLINE, Severity.FAIL)));
    assertEquals("ruleSet.codeRequired", code.messageKey());
  }

  @Test
  void nullParameterValueCountsAsMissing() {
    Map<String, String> parameters = new HashMap<>(age().parameters());
    parameters.put("minMonthsReElection", null);
    RuleDefinition d = new RuleDefinition("AGE", RuleKind.AGE, Severity.FAIL, parameters, "source");
    InvalidRuleException e = assertThrows(InvalidRuleException.class, () -> Rules.candidateRule(d));
    assertEquals("ruleSet.parameterMissing", e.messageKey());
    assertEquals(List.of("AGE", "minMonthsReElection"), e.arguments());
  }

  @Test
  void nullParameterMapMeansNone() {
    RuleDefinition d = new RuleDefinition("D", RuleKind.DISCIPLINE, Severity.FAIL, null, null);
    assertEquals(Map.of(), d.parameters());
    assertDoesNotThrow(() -> Rules.candidateRule(d));
  }

  @Test
  void refusesWrongScope() {
    assertThrows(IllegalArgumentException.class, () -> Rules.candidateRule(women()));
    assertThrows(IllegalArgumentException.class, () -> Rules.slateRule(age()));
  }
}
