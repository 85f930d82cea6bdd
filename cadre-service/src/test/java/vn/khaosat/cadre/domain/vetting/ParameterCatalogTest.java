package vn.khaosat.cadre.domain.vetting;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaosat.cadre.domain.vetting.SeededRules.assertInvalid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The documented parameters are the ones the rules read, and the README shows them all. */
class ParameterCatalogTest {

  private static RuleDefinition examples(RuleKind kind, boolean withOptional) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (ParameterSpec p : ParameterCatalog.of(kind)) {
      if (p.required() || withOptional) {
        parameters.put(p.name(), p.example());
      }
    }
    return new RuleDefinition("R", kind, Severity.WARN, parameters, "source");
  }

  @ParameterizedTest
  @EnumSource(RuleKind.class)
  void everyDocumentedExampleParses(RuleKind kind) {
    Rules.validate(List.of(examples(kind, true)));
    Rules.validate(List.of(examples(kind, false)));
    for (ParameterSpec p : ParameterCatalog.of(kind)) {
      assertFalse(p.meaning().isBlank() || p.format().isBlank() || p.unit().isBlank(), p.name());
    }
  }

  @ParameterizedTest
  @EnumSource(RuleKind.class)
  void everyParameterMarkedRequiredIsRequired(RuleKind kind) {
    for (ParameterSpec p : ParameterCatalog.of(kind)) {
      if (p.required()) {
        assertInvalid(
            SeededRules.with(examples(kind, true), p.name(), null),
            "ruleSet.parameterMissing",
            p.name());
      }
    }
  }

  @Test
  void aNameOutsideTheCatalogueIsRefused() {
    assertInvalid(
        SeededRules.with(examples(RuleKind.AGE, true), "retirementRoadmap", "2021:60y3m:3:62y"),
        "ruleSet.parameterUnknown",
        "retirementRoadmap");
  }

  @Test
  void theTableNamesEveryKindAndParameter() {
    String table = ParameterCatalog.markdownTable();
    for (RuleKind kind : RuleKind.values()) {
      assertTrue(table.contains("| `" + kind + "` |"), kind.name());
      ParameterCatalog.of(kind)
          .forEach(p -> assertTrue(table.contains("| `" + p.name() + "` |"), p.name()));
    }
    assertTrue(table.contains("`2021:60y3m:3:62y`"));
  }

  @Test
  void theReadmeShowsTheTableAsTheApiDocumentDoes() throws IOException {
    Path readme = Path.of(System.getProperty("basedir", "."), "..", "README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    assertTrue(
        text.contains(ParameterCatalog.markdownTable()),
        "README.md must hold this table:\n" + ParameterCatalog.markdownTable());
  }
}
