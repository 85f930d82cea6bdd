package vn.khaosat.cadre.api.plans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.cadre.api.Codes;
import vn.khaosat.cadre.domain.committees.CommitteeRole;
import vn.khaosat.cadre.service.plans.PlanCommand;

/** A personnel plan to create or replace while it is a draft. */
@Schema(name = "PersonnelPlanRequest")
public record PlanRequest(
    @Schema(description = "The sitting committee whose successor is planned", example = "1")
        @NotNull
        @Min(Codes.MIN_ID)
        @Max(Codes.MAX_ID)
        Long committeeId,
    @Schema(
            description = "The term planned for; the one after the committee's when absent",
            example = "2020-2025")
        @Size(max = Codes.TERM_LENGTH)
        @Pattern(regexp = Codes.TERM)
        String termCode,
    @Schema(example = "CT35-2019")
        @NotBlank
        @Size(max = Codes.RULE_SET_LENGTH)
        @Pattern(regexp = Codes.RULE_SET)
        String ruleSetCode,
    @Schema(
            description =
                "Month the congress begins, from which ages and work left are counted; when"
                    + " absent, the month the rule set fixes for the committee's level (CT45-2025:"
                    + " province 2025-09, commune under a province 2025-07); in the first year of"
                    + " the term planned (a district's 2020 congress: 2020-06)",
            example = "2020-06")
        YearMonth referenceMonth,
    @Schema(example = "Phương án nhân sự Ban Chấp hành Đảng bộ huyện Đắk Song khóa VII")
        @Size(max = 300)
        String title,
    @Schema(description = "Seats planned; the number of candidates when absent", example = "33")
        @Min(1)
        @Max(MAX_CANDIDATES)
        Integer seats,
    @Schema(
            description = "Ethnic minorities' share of the unit's population, %, two decimals",
            example = "36.5")
        @DecimalMin("0")
        @DecimalMax("100")
        @Digits(integer = 3, fraction = 2)
        BigDecimal localEthnicMinorityPercent,
    @NotEmpty @Size(max = MAX_CANDIDATES) List<@NotNull @Valid CandidateRequest> candidates) {

  /** Candidates on a slate, at most (also the most seats). */
  public static final int MAX_CANDIDATES = 500;

  /** A cadre proposed for a role. */
  @Schema(name = "CandidateRequest")
  public record CandidateRequest(
      @Schema(example = "1") @NotNull @Min(Codes.MIN_ID) @Max(Codes.MAX_ID) Long cadreId,
      @Schema(example = "MEMBER") @NotNull CommitteeRole proposedRole) {}

  /** The plan as the service takes it. */
  public PlanCommand command() {
    return new PlanCommand(
        committeeId,
        termCode,
        ruleSetCode,
        referenceMonth,
        title,
        seats,
        localEthnicMinorityPercent,
        candidates.stream()
            .map(c -> new PlanCommand.Nominee(c.cadreId(), c.proposedRole()))
            .toList());
  }
}
