package vn.khaosat.cadre.api.plans;

import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.cadre.api.Codes;
import vn.khaosat.cadre.api.rulesets.RuleSetRequest;
import vn.khaosat.cadre.domain.plans.VettingRecord;

/**
 * The latest vetting of a plan without any candidate's findings: counts and the slate's findings,
 * which carry no personal field.
 */
@Schema(name = "VettingOverview")
public record VettingSummaryView(
    @Schema(required = true, example = "1") long id,
    @Schema(required = true, example = "1") long planId,
    @Schema(required = true, example = "CT35-2019", maxLength = Codes.RULE_SET_LENGTH)
        String ruleSetCode,
    @Schema(required = true) OffsetDateTime ranAt,
    @Schema(required = true, example = "to-chuc", maxLength = Codes.USER_LENGTH) String ranBy,
    @Schema(required = true) VettingView.Summary summary,
    @Schema(required = true, description = "True when no FAIL finding stands") boolean approvable,
    @Schema(required = true) @Size(max = RuleSetRequest.MAX_RULES)
        List<VettingView.FindingView> slate) {

  public static VettingSummaryView of(VettingRecord record, Locale locale) {
    VettingView full = VettingView.of(record, locale);
    return new VettingSummaryView(
        full.id(),
        full.planId(),
        full.ruleSetCode(),
        full.ranAt(),
        full.ranBy(),
        full.summary(),
        full.approvable(),
        full.slate());
  }
}
