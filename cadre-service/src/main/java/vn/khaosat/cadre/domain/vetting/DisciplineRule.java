package vn.khaosat.cadre.domain.vetting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Discipline criterion (kỷ luật): a member still within the period during which a disciplinary
 * measure bars nomination cannot be a candidate. Only {@code restrictedUntil} matters; the form is
 * reported for the reader.
 */
final class DisciplineRule extends BaseRule implements CandidateRule {

  DisciplineRule(RuleDefinition definition) {
    super(definition);
    new RuleParameters(definition); // takes no parameters; refuses any
  }

  @Override
  public Finding check(CandidateFacts candidate, YearMonth referenceMonth) {
    LocalDate referenceDate = referenceMonth.atDay(1);
    Discipline latest = null;
    for (Discipline d : candidate.disciplines()) {
      if (d.restrictedUntil() != null
          && (latest == null || d.restrictedUntil().isAfter(latest.restrictedUntil()))) {
        latest = d;
      }
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    if (latest == null) {
      return result(candidate.key(), true, List.of(), figures);
    }
    figures.put("form", latest.form().name());
    if (latest.decidedOn() != null) {
      figures.put("decidedOn", latest.decidedOn().toString());
    }
    figures.put("restrictedUntil", latest.restrictedUntil().toString());
    boolean barred = latest.restrictedUntil().isAfter(referenceDate);
    return barred
        ? result(
            candidate.key(),
            false,
            List.of(latest.form().name(), latest.restrictedUntil().toString()),
            figures)
        : result(candidate.key(), true, List.of(), figures);
  }
}
