package vn.khaosat.cadre.domain.vetting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs a rule set over a personnel plan: the vetting (rà soát, thẩm định) of every candidate and of
 * the slate. Linear in candidates × rules; the rules are parsed once per run.
 */
public final class Vetting {

  private Vetting() {}

  public static VettingReport run(List<RuleDefinition> rules, SlateFacts slate) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(slate, "slate");
    Rules.Compiled compiled = Rules.compile(rules);
    List<Finding> candidateFindings =
        new ArrayList<>(slate.candidates().size() * compiled.candidateRules().size());
    List<CandidateVerdict> verdicts = new ArrayList<>(slate.candidates().size());
    for (CandidateFacts candidate : slate.candidates()) {
      int failures = 0;
      int warnings = 0;
      for (CandidateRule rule : compiled.candidateRules()) {
        Finding finding = rule.check(candidate, slate.referenceMonth());
        candidateFindings.add(finding);
        if (finding.blocking()) {
          failures++;
        } else if (finding.warning()) {
          warnings++;
        }
      }
      verdicts.add(
          new CandidateVerdict(candidate.key(), verdict(failures, warnings), failures, warnings));
    }
    List<Finding> slateFindings = new ArrayList<>(compiled.slateRules().size());
    for (SlateRule rule : compiled.slateRules()) {
      slateFindings.add(rule.check(slate));
    }
    return new VettingReport(candidateFindings, slateFindings, verdicts);
  }

  private static Verdict verdict(int failures, int warnings) {
    if (failures > 0) {
      return Verdict.NOT_ELIGIBLE;
    }
    return warnings > 0 ? Verdict.ELIGIBLE_WITH_WARNINGS : Verdict.ELIGIBLE;
  }
}
