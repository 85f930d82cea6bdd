package vn.khaosat.cadre.api.rulesets;

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
import vn.khaosat.cadre.api.Codes;
import vn.khaosat.cadre.domain.committees.CommitteeLevel;
import vn.khaosat.cadre.domain.vetting.RuleDefinition;
import vn.khaosat.cadre.domain.vetting.RuleKind;
import vn.khaosat.cadre.domain.vetting.Severity;
import vn.khaosat.cadre.service.rulesets.RuleSetCommand;

/** A new version of the vetting rules, for a new congress round or a correction. */
@Schema(name = "RuleSetRequest")
public record RuleSetRequest(
    @Schema(example = "CT45-2025-SUA1")
        @NotBlank
        @Size(max = Codes.RULE_SET_LENGTH)
        @Pattern(regexp = Codes.RULE_SET)
        String code,
    @Schema(example = "Tiêu chuẩn nhân sự đại hội nhiệm kỳ 2025-2030, bản sửa")
        @NotBlank
        @Size(max = 200)
        String name,
    @Schema(example = "Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị")
        @Size(max = MAX_DESCRIPTION)
        String description,
    @Schema(example = "2025-04-14") LocalDate effectiveFrom,
    @Schema(description = "The set this one replaces", example = "CT45-2025")
        @Size(max = Codes.RULE_SET_LENGTH)
        @Pattern(regexp = Codes.RULE_SET)
        String supersedesCode,
    @Schema(
            description =
                "The month ages are counted at (the month the congress begins), per committee level;"
                    + " a plan of a level listed here may leave its referenceMonth out",
            example =
                "{\"PROVINCE\":\"2025-09\",\"COMMUNE_UNDER_PROVINCE\":\"2025-07\","
                    + "\"DISTRICT\":\"2025-06\",\"COMMUNE\":\"2025-04\"}",
            maxProperties = 4)
        @Size(max = 4)
        Map<@NotNull CommitteeLevel, @NotNull YearMonth> referenceMonths,
    @NotEmpty @Size(max = MAX_RULES) List<@NotNull @Valid Rule> rules) {

  /** The description is a text column; this is the bound the API keeps it to. */
  public static final int MAX_DESCRIPTION = 2000;

  /** Rules in a set, at most (the seeded sets have 12). */
  public static final int MAX_RULES = 100;

  /** A rule's parameters, at most (a kind takes six at most). */
  public static final int MAX_PARAMETERS = 20;

  /** A parameter's name, as the kinds name them ({@code minMonthsFirstTime}). */
  public static final String PARAMETER_NAME = "[A-Za-z][A-Za-z0-9]{0,39}";

  public static final int PARAMETER_NAME_LENGTH = 40;

  public static final int PARAMETER_VALUE_LENGTH = 200;

  public static final int RULE_CODE_LENGTH = 60;

  public static final int SOURCE_LENGTH = 500;

  public Map<CommitteeLevel, YearMonth> months() {
    return referenceMonths == null ? Map.of() : referenceMonths;
  }

  /** One rule: its kind, the parameters the kind takes, how grave a failure is, its source. */
  @Schema(name = "RuleRequest")
  public record Rule(
      @Schema(example = "AGE")
          @NotBlank
          @Size(max = RULE_CODE_LENGTH)
          @Pattern(regexp = "[A-Za-z0-9._-]{1,60}")
          String code,
      @Schema(example = "AGE") @NotNull RuleKind kind,
      @Schema(example = "FAIL") @NotNull Severity severity,
      @Schema(
              description = "The parameters the kind takes, as text (see the table below)",
              example =
                  "{\"minMonthsFirstTime\":\"60\",\"minMonthsReElection\":\"48\","
                      + "\"retirementAgeMale\":\"60\",\"retirementAgeFemale\":\"55\","
                      + "\"retirementRoadmapMale\":\"2021:60y3m:3:62y\","
                      + "\"retirementRoadmapFemale\":\"2021:55y4m:4:60y\"}",
              maxProperties = MAX_PARAMETERS)
          @Size(max = MAX_PARAMETERS)
          Map<
                  @NotBlank @Size(max = PARAMETER_NAME_LENGTH) @Pattern(regexp = PARAMETER_NAME)
                  String,
                  @NotNull @Size(max = PARAMETER_VALUE_LENGTH) String>
              parameters,
      @Schema(example = "Hướng dẫn 26-HD/BTCTW ngày 18/10/2019")
          @NotBlank
          @Size(max = SOURCE_LENGTH)
          String source) {

    public RuleDefinition definition() {
      return new RuleDefinition(
          code, kind, severity, parameters == null ? Map.of() : Map.copyOf(parameters), source);
    }
  }

  /** The rule set as the service takes it. */
  public RuleSetCommand command() {
    return new RuleSetCommand(
        code,
        name,
        description,
        effectiveFrom,
        supersedesCode,
        months(),
        rules.stream().map(Rule::definition).toList());
  }
}
