package vn.khaosat.cadre.api.plans;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.cadre.api.Codes;
import vn.khaosat.cadre.api.rulesets.RuleSetRequest;
import vn.khaosat.cadre.domain.cadres.DisciplineForm;
import vn.khaosat.cadre.domain.cadres.TheoryLevel;
import vn.khaosat.cadre.domain.committees.CommitteeRole;
import vn.khaosat.cadre.domain.plans.StoredReport;
import vn.khaosat.cadre.domain.plans.VettingRecord;
import vn.khaosat.cadre.domain.vetting.Finding;
import vn.khaosat.cadre.domain.vetting.Outcome;
import vn.khaosat.cadre.domain.vetting.RuleKind;
import vn.khaosat.cadre.domain.vetting.Severity;
import vn.khaosat.cadre.domain.vetting.Verdict;
import vn.khaosat.problem.Messages;

/** A vetting report: a verdict and findings per candidate, then the findings on the slate. */
@Schema(name = "VettingReport")
public record VettingView(
    @Schema(required = true, example = "1") long id,
    @Schema(required = true, example = "1") long planId,
    @Schema(required = true, example = "CT35-2019", maxLength = Codes.RULE_SET_LENGTH)
        String ruleSetCode,
    @Schema(required = true) OffsetDateTime ranAt,
    @Schema(required = true, example = "to-chuc", maxLength = Codes.USER_LENGTH) String ranBy,
    @Schema(required = true) Summary summary,
    @Schema(
            required = true,
            description = "True when no FAIL finding stands: the plan may be approved")
        boolean approvable,
    @Schema(required = true) @Size(max = PlanRequest.MAX_CANDIDATES)
        List<CandidateEntry> candidates,
    @Schema(required = true) @Size(max = RuleSetRequest.MAX_RULES) List<FindingView> slate) {

  public static VettingView of(VettingRecord record, Locale locale) {
    StoredReport report = record.report;
    List<CandidateEntry> candidates =
        report.candidates().stream().map(c -> CandidateEntry.of(c, locale)).toList();
    return new VettingView(
        record.id,
        record.planId,
        record.ruleSetCode,
        record.ranAt,
        record.ranBy,
        new Summary(
            candidates.size(),
            count(candidates, Verdict.ELIGIBLE),
            count(candidates, Verdict.ELIGIBLE_WITH_WARNINGS),
            count(candidates, Verdict.NOT_ELIGIBLE),
            record.blockingFailures,
            record.warnings),
        record.blockingFailures == 0,
        candidates,
        report.slateFindings().stream().map(f -> FindingView.of(f, locale)).toList());
  }

  private static int count(List<CandidateEntry> candidates, Verdict verdict) {
    return (int) candidates.stream().filter(c -> c.verdict() == verdict).count();
  }

  /** Counts over the report. */
  @Schema(name = "VettingSummary")
  public record Summary(
      @Schema(required = true, example = "33") int candidates,
      @Schema(required = true, example = "30") int eligible,
      @Schema(required = true, example = "2") int eligibleWithWarnings,
      @Schema(required = true, example = "1") int notEligible,
      @Schema(
              required = true,
              description = "FAIL findings, on candidates and on the slate",
              example = "1")
          int blockingFailures,
      @Schema(required = true, example = "2") int warnings) {}

  /** One candidate's verdict and findings, with the name and role as vetted. */
  @Schema(name = "VettedCandidate")
  public record CandidateEntry(
      @Schema(required = true, example = "1") long cadreId,
      @Schema(required = true, example = "Nguyễn Văn An", maxLength = 200) String fullName,
      @Schema(required = true, example = "SECRETARY") CommitteeRole proposedRole,
      @Schema(required = true, example = "true") boolean reElection,
      @Schema(required = true, example = "ELIGIBLE") Verdict verdict,
      @Schema(required = true) @Size(max = RuleSetRequest.MAX_RULES) List<FindingView> findings) {

    static CandidateEntry of(StoredReport.CandidateReport c, Locale locale) {
      return new CandidateEntry(
          c.cadreId(),
          c.fullName(),
          c.proposedRole(),
          c.reElection(),
          c.verdict(),
          c.findings().stream().map(f -> FindingView.of(f, locale)).toList());
    }
  }

  /** One rule applied to one candidate or to the slate, with its figures and source. */
  @Schema(name = "Finding")
  public record FindingView(
      @Schema(required = true, example = "AGE", maxLength = RuleSetRequest.RULE_CODE_LENGTH)
          String rule,
      @Schema(required = true, example = "AGE") RuleKind kind,
      @Schema(required = true, example = "FAIL") Severity severity,
      @Schema(required = true, example = "FAILED") Outcome outcome,
      @Schema(
              required = true,
              example = "Còn 47 tháng công tác < 60 tháng",
              maxLength = DETAIL_LENGTH)
          String detail,
      @Schema(required = true, example = "{\"monthsLeft\":47,\"minimum\":60}")
          Map<String, Object> figures,
      @Schema(
              required = true,
              example = "Hướng dẫn 26-HD/BTCTW ngày 18/10/2019",
              maxLength = RuleSetRequest.SOURCE_LENGTH)
          String source) {

    /** A finding's sentence: a message with a few figures, far under this. */
    static final int DETAIL_LENGTH = 1000;

    static FindingView of(Finding finding, Locale locale) {
      return new FindingView(
          finding.ruleCode(),
          finding.kind(),
          finding.severity(),
          finding.outcome(),
          Messages.format(locale, finding.messageKey(), words(finding.arguments(), locale)),
          finding.figures(),
          finding.source());
    }
  }

  private static final Pattern CODES = Pattern.compile("[A-Z_]+(,[A-Z_]+)*");
  private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");

  /** The enums whose constants a finding's arguments may name ("INTERMEDIATE", "SECRETARY"). */
  private static final List<Class<? extends Enum<?>>> NAMED =
      List.of(TheoryLevel.class, DisciplineForm.class, CommitteeRole.class);

  /**
   * A finding's arguments as its sentence reads them: a constant, or a comma list of them, by its
   * bundle label ({@code enum.TheoryLevel.INTERMEDIATE} = "trung cấp"), a decimal with the
   * language's separator ("40,0"); anything else as it is.
   */
  static Object[] words(List<Object> arguments, Locale locale) {
    return arguments.stream().map(a -> word(a, locale)).toArray();
  }

  private static Object word(Object argument, Locale locale) {
    if (argument instanceof String text && DECIMAL.matcher(text).matches()) {
      BigDecimal value = new BigDecimal(text);
      NumberFormat format = NumberFormat.getNumberInstance(locale);
      format.setGroupingUsed(false);
      format.setMinimumFractionDigits(value.scale());
      format.setMaximumFractionDigits(value.scale());
      return format.format(value);
    }
    if (!(argument instanceof String text) || !CODES.matcher(text).matches()) {
      return argument;
    }
    return Arrays.stream(text.split(","))
        .map(code -> enumLabel(code, locale))
        .collect(Collectors.joining(", "));
  }

  private static String enumLabel(String code, Locale locale) {
    for (Class<? extends Enum<?>> type : NAMED) {
      String key = "enum." + type.getSimpleName() + "." + code;
      String label = Messages.format(locale, key);
      if (!label.equals(key)) {
        return label;
      }
    }
    return code;
  }
}
