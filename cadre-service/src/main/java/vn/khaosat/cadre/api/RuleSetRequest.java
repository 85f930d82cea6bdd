package vn.khaosat.cadre.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.cadre.domain.CommitteeLevel;
import vn.khaosat.cadre.domain.vetting.RuleDefinition;
import vn.khaosat.cadre.domain.vetting.RuleKind;
import vn.khaosat.cadre.domain.vetting.Severity;

/** A new version of the vetting rules, for a new congress round or a correction. */
@Schema(name = "RuleSetRequest")
public record RuleSetRequest(
    @Schema(example = "QD-2024") @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,40}") String code,
    @Schema(example = "Tiêu chuẩn nhân sự đại hội nhiệm kỳ 2025-2030") @NotBlank @Size(max = 200)
        String name,
    @Schema(example = "Quy định 190-QĐ/TW") @Size(max = 2000) String description,
    @Schema(example = "2024-06-01") LocalDate effectiveFrom,
    @Schema(description = "The set this one replaces", example = "CT35-2019") @Size(max = 40)
        String supersedesCode,
    @Schema(
            description =
                "The month ages are counted at (the month the congress begins), per committee level;"
                    + " a plan of a level listed here may leave its referenceMonth out",
            example =
                "{\"PROVINCE\":\"2025-09\",\"COMMUNE_UNDER_PROVINCE\":\"2025-07\","
                    + "\"DISTRICT\":\"2025-06\",\"COMMUNE\":\"2025-04\"}")
        @Size(max = 4)
        Map<@NotNull CommitteeLevel, @NotNull YearMonth> referenceMonths,
    @NotEmpty @Size(max = 100) List<@NotNull @Valid Rule> rules) {

  public Map<CommitteeLevel, YearMonth> months() {
    return referenceMonths == null ? Map.of() : referenceMonths;
  }

  /** One rule: its kind, the parameters the kind takes, how grave a failure is, its source. */
  @Schema(name = "RuleRequest")
  public record Rule(
      @Schema(example = "AGE") @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,60}") String code,
      @Schema(example = "AGE") @NotNull RuleKind kind,
      @Schema(example = "FAIL") @NotNull Severity severity,
      @Schema(
              description = "The parameters the kind takes, as text (see the table below)",
              example =
                  "{\"minMonthsFirstTime\":\"60\",\"minMonthsReElection\":\"48\","
                      + "\"retirementAgeMale\":\"60\",\"retirementAgeFemale\":\"55\","
                      + "\"retirementRoadmapMale\":\"2021:60y3m:3:62y\","
                      + "\"retirementRoadmapFemale\":\"2021:55y4m:4:60y\"}")
          Map<@NotBlank String, @NotNull @Size(max = 200) String> parameters,
      @Schema(example = "Hướng dẫn 26-HD/BTCTW ngày 18/10/2019") @NotBlank @Size(max = 500)
          String source) {

    public RuleDefinition definition() {
      return new RuleDefinition(
          code, kind, severity, parameters == null ? Map.of() : Map.copyOf(parameters), source);
    }
  }
}
