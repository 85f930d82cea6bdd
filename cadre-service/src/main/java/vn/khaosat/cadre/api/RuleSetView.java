package vn.khaosat.cadre.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.cadre.domain.CommitteeLevel;
import vn.khaosat.cadre.domain.RuleSet;
import vn.khaosat.cadre.domain.vetting.RuleDefinition;

/** A rule set as the API shows it, every rule with its parameters and source. */
@Schema(name = "RuleSet")
public record RuleSetView(
    @Schema(example = "CT35-2019") String code,
    @Schema(example = "Tiêu chuẩn nhân sự đại hội nhiệm kỳ 2020-2025") String name,
    String description,
    @Schema(example = "2019-05-30") LocalDate effectiveFrom,
    String supersedesCode,
    @Schema(
            description = "The month ages are counted at, per committee level",
            example = "{\"PROVINCE\":\"2025-09\",\"COMMUNE_UNDER_PROVINCE\":\"2025-07\"}")
        Map<CommitteeLevel, YearMonth> referenceMonths,
    List<RuleDefinition> rules,
    @Schema(example = "system") String createdBy,
    OffsetDateTime createdAt) {

  public static RuleSetView of(RuleSet set) {
    return new RuleSetView(
        set.code,
        set.name,
        set.description,
        set.effectiveFrom,
        set.supersedesCode,
        set.referenceMonthsByLevel(),
        List.copyOf(set.rules),
        set.createdBy,
        set.createdAt);
  }
}
