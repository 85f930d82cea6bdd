package vn.khaosat.cadre.domain.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaosat.cadre.domain.vetting.CandidateBuilder.candidate;
import static vn.khaosat.cadre.domain.vetting.CandidateBuilder.candidates;
import static vn.khaosat.cadre.domain.vetting.SeededRules.DISTRICT_2020;
import static vn.khaosat.cadre.domain.vetting.SeededRules.def;
import static vn.khaosat.cadre.domain.vetting.SeededRules.with;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.khaosat.cadre.domain.cadres.DisciplineForm;
import vn.khaosat.cadre.domain.cadres.Gender;
import vn.khaosat.cadre.domain.committees.CommitteeRole;
import vn.khaosat.problem.Messages;

/**
 * Runs every rule through passing, failing and not-applicable cases, and every rule-set error, then
 * checks that the service's two message bundles hold every key produced and format them.
 */
class MessagesTest {

  private static final Set<RuleKind> WITHOUT_NOT_APPLICABLE =
      EnumSet.of(RuleKind.AGE, RuleKind.DISCIPLINE, RuleKind.ASSET_DECLARATION);

  private static List<CandidateFacts> candidateCases() {
    return List.of(
        candidate("good")
            .female()
            .role(CommitteeRole.SECRETARY)
            .reElection(true)
            .termsAsSecretary(1)
            .discipline(
                new Discipline(
                    DisciplineForm.REPRIMAND, LocalDate.of(2017, 1, 1), LocalDate.of(2018, 1, 1)))
            .build(),
        candidate("bad")
            .born("1961-01")
            .role(CommitteeRole.SECRETARY)
            .theory(null)
            .inPlan(false)
            .declared()
            .termsAsSecretary(2)
            .discipline(
                new Discipline(
                    DisciplineForm.WARNING, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)))
            .build(),
        candidate("member").role(CommitteeRole.MEMBER).build());
  }

  private static List<SlateFacts> slateCases() {
    // 10 people: a young Tày woman secretary, 4 aged 45 (one woman), 5 aged 60.
    List<CandidateFacts> balanced =
        candidates(
            10,
            i ->
                i == 0
                    ? candidate("s0")
                        .female()
                        .born("1985")
                        .ethnicity("Tày")
                        .role(CommitteeRole.SECRETARY)
                    : candidate("s" + i)
                        .born(i <= 4 ? "1975" : "1960")
                        .gender(i == 1 ? Gender.FEMALE : Gender.MALE));
    List<CandidateFacts> unbalanced =
        candidates(
            10,
            i ->
                candidate("u" + i)
                    .born("1960")
                    .role(i == 0 ? CommitteeRole.SECRETARY : CommitteeRole.MEMBER));
    return List.of(
        new SlateFacts(DISTRICT_2020, balanced, 11, null, BigDecimal.TEN),
        new SlateFacts(DISTRICT_2020, balanced, 11, null, null),
        new SlateFacts(DISTRICT_2020, unbalanced, 10, null, new BigDecimal("20")),
        new SlateFacts(DISTRICT_2020, List.of(), null, null, null));
  }

  private record Message(String key, List<Object> arguments) {}

  private static List<Message> findingMessages() {
    List<Message> messages = new ArrayList<>();
    Map<RuleKind, Set<Outcome>> seen = new LinkedHashMap<>();
    for (RuleDefinition d : SeededRules.all()) {
      List<Finding> findings = new ArrayList<>();
      if (d.kind().slate()) {
        slateCases().forEach(s -> findings.add(Rules.slateRule(d).check(s)));
      } else {
        candidateCases().forEach(c -> findings.add(Rules.candidateRule(d).check(c, DISTRICT_2020)));
      }
      for (Finding f : findings) {
        seen.computeIfAbsent(d.kind(), k -> EnumSet.noneOf(Outcome.class)).add(f.outcome());
        messages.add(new Message(f.messageKey(), f.arguments()));
      }
    }
    // The cases above must reach every outcome, or some keys would go unchecked.
    for (RuleKind kind : RuleKind.values()) {
      Set<Outcome> expected =
          WITHOUT_NOT_APPLICABLE.contains(kind)
              ? EnumSet.of(Outcome.PASSED, Outcome.FAILED)
              : EnumSet.allOf(Outcome.class);
      assertEquals(expected, seen.get(kind), kind.name());
    }
    return messages;
  }

  private static List<Message> ruleSetMessages() {
    List<Supplier<RuleDefinition>> broken =
        List.of(
            () -> def(null, RuleKind.AGE, Severity.FAIL),
            () -> def("K", null, Severity.FAIL),
            () -> def("S", RuleKind.DISCIPLINE, null),
            () -> with(SeededRules.assets(), "yearsBack", null),
            () -> with(SeededRules.assets(), "years", "1"),
            () -> with(SeededRules.assets(), "yearsBack", "x'y"),
            () -> with(SeededRules.ageBand(), "minAge", "60"));
    List<Message> messages = new ArrayList<>();
    for (Supplier<RuleDefinition> definition : broken) {
      messages.add(failure(List.of(definition.get())));
    }
    messages.add(failure(List.of(SeededRules.women(), SeededRules.women())));
    return messages;
  }

  private static Message failure(List<RuleDefinition> definitions) {
    InvalidRuleException e =
        assertThrows(InvalidRuleException.class, () -> Rules.validate(definitions));
    return new Message(e.messageKey(), e.arguments());
  }

  private static Properties load(String name) throws IOException {
    Path path = Path.of(System.getProperty("basedir", "."), "src/main/resources", name);
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  @Test
  void bothBundlesHoldEveryKeyInUseAndFormatIt() throws IOException {
    List<Message> messages = new ArrayList<>(findingMessages());
    messages.addAll(ruleSetMessages());
    Set<String> used = new TreeSet<>();
    messages.forEach(m -> used.add(m.key()));
    // 27 finding keys and 8 rule-set keys.
    assertEquals(35, used.size(), "keys reached: " + used);

    for (String file : List.of("messages.properties", "messages_en.properties")) {
      Properties bundle = load(file);
      Set<String> missing = new TreeSet<>(used);
      missing.removeAll(bundle.stringPropertyNames());
      assertEquals(Set.of(), missing, file);
      Locale locale = file.contains("_en") ? Locale.ENGLISH : Messages.VIETNAMESE;
      for (Message m : messages) {
        String pattern = bundle.getProperty(m.key());
        String text = Messages.format(locale, m.key(), m.arguments().toArray());
        assertNotNull(text);
        assertFalse(text.matches("(?s).*\\{\\d.*"), file + " " + m.key() + ": " + text);
        for (int i = 0; i < m.arguments().size(); i++) {
          assertTrue(pattern.contains("{" + i), file + " " + m.key() + " omits {" + i + "}");
        }
      }
    }
  }

  @Test
  void vietnameseTextIsReadAsUtf8() {
    assertEquals(
        "Còn 59 tháng công tác < 60 tháng",
        Messages.format(Messages.VIETNAMESE, "finding.age.failed", 59, 60));
  }

  @Test
  void yearsAreNotGrouped() {
    for (Locale locale : Messages.SUPPORTED) {
      String text = Messages.format(locale, "finding.assetDeclaration.failed", 2019);
      assertTrue(text.contains("2019"), text);
    }
  }
}
