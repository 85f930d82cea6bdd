package vn.khaosat.cadre.api.rulesets;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.cadre.api.Codes;
import vn.khaosat.cadre.domain.committees.CommitteeLevel;
import vn.khaosat.cadre.domain.rulesets.RuleSet;

/** A rule set as the API shows it, every rule with its parameters and source. */
@Schema(name = "RuleSet")
public record RuleSetView(
    @Schema(required = true, example = "CT35-2019", maxLength = Codes.RULE_SET_LENGTH) String code,
    @Schema(
            required = true,
            example = "Tiêu chuẩn, điều kiện nhân sự cấp ủy nhiệm kỳ 2020-2025",
            maxLength = 200)
        String name,
    @Schema(
            example = "Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị",
            maxLength = RuleSetRequest.MAX_DESCRIPTION)
        String description,
    @Schema(example = "2019-05-30") LocalDate effectiveFrom,
    @Schema(maxLength = Codes.RULE_SET_LENGTH) String supersedesCode,
    @Schema(
            required = true,
            description = "The month ages are counted at, per committee level",
            example = "{\"PROVINCE\":\"2025-09\",\"COMMUNE_UNDER_PROVINCE\":\"2025-07\"}",
            maxProperties = 4)
        Map<CommitteeLevel, YearMonth> referenceMonths,
    @Schema(required = true) @Size(max = RuleSetRequest.MAX_RULES) List<RuleView> rules,
    @Schema(example = "system", maxLength = Codes.USER_LENGTH) String createdBy,
    @Schema(required = true) OffsetDateTime createdAt) {

  public static RuleSetView of(RuleSet set) {
    return new RuleSetView(
        set.code,
        set.name,
        set.description,
        set.effectiveFrom,
        set.supersedesCode,
        set.referenceMonthsByLevel(),
        set.rules.stream().map(RuleView::of).toList(),
        set.createdBy,
        set.createdAt);
  }
}
