package vn.khaosat.cadre.api.plans;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.cadre.api.Codes;
import vn.khaosat.cadre.domain.committees.CommitteeRole;
import vn.khaosat.cadre.domain.plans.PersonnelPlan;
import vn.khaosat.cadre.domain.plans.PlanStatus;

/** A personnel plan as the API shows it. */
@Schema(name = "PersonnelPlan")
public record PlanView(
    @Schema(required = true, example = "1") long id,
    @Schema(required = true, example = "1") long committeeId,
    @Schema(required = true, example = "665", maxLength = Codes.UNIT_LENGTH) String unitCode,
    @Schema(required = true, example = "2020-2025", maxLength = Codes.TERM_LENGTH) String termCode,
    @Schema(required = true, example = "CT35-2019", maxLength = Codes.RULE_SET_LENGTH)
        String ruleSetCode,
    @Schema(required = true, example = "2020-06") YearMonth referenceMonth,
    @Schema(
            example = "Phương án nhân sự Ban Chấp hành Đảng bộ huyện Đắk Song khóa VII",
            maxLength = 300)
        String title,
    @Schema(example = "33", minimum = "1", maximum = "500") Integer seats,
    @Schema(example = "36.5", minimum = "0", maximum = "100") BigDecimal localEthnicMinorityPercent,
    @Schema(required = true, example = "DRAFT") PlanStatus status,
    @Schema(required = true) @Size(max = PlanRequest.MAX_CANDIDATES) List<CandidateView> candidates,
    @Schema(example = "to-chuc", maxLength = Codes.USER_LENGTH) String approvedBy,
    OffsetDateTime approvedAt,
    @Schema(required = true, example = "0") long version) {

  /**
   * {@code names} maps cadre ids to names; {@code sitting} holds the members of the sitting
   * committee, who stand for re-election.
   */
  public static PlanView of(PersonnelPlan plan, Map<Long, String> names, Set<Long> sitting) {
    return new PlanView(
        plan.id,
        plan.committee.id,
        plan.committee.unitCode,
        plan.termCode,
        plan.ruleSetCode,
        plan.reference(),
        plan.title,
        plan.seats,
        plan.localEthnicMinorityPercent,
        plan.status,
        plan.candidates.stream()
            .map(
                c ->
                    new CandidateView(
                        c.cadreId,
                        names.get(c.cadreId),
                        c.proposedRole,
                        sitting.contains(c.cadreId)))
            .toList(),
        plan.approvedBy,
        plan.approvedAt,
        plan.version);
  }

  /** A candidate on the plan; re-election when a member of the same committee this term. */
  @Schema(name = "Candidate")
  public record CandidateView(
      @Schema(required = true, example = "1") long cadreId,
      @Schema(required = true, example = "Nguyễn Văn An", maxLength = 200) String fullName,
      @Schema(required = true, example = "SECRETARY") CommitteeRole proposedRole,
      @Schema(required = true, example = "true") boolean reElection) {}
}
