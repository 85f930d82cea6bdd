package vn.khaosat.cadre.api.committees;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.cadre.api.Codes;
import vn.khaosat.cadre.domain.committees.Committee;
import vn.khaosat.cadre.domain.committees.CommitteeLevel;
import vn.khaosat.cadre.domain.committees.CommitteeRole;

/** A committee as the API shows it, with its members' names. */
@Schema(name = "Committee")
public record CommitteeView(
    @Schema(required = true, example = "1") long id,
    @Schema(required = true, example = "665", maxLength = Codes.UNIT_LENGTH) String unitCode,
    @Schema(
            required = true,
            description =
                "From the unit: PROVINCE, DISTRICT, COMMUNE (under a district) or"
                    + " COMMUNE_UNDER_PROVINCE (directly under a province, since 1 July 2025); it"
                    + " picks the rule set's reference month",
            example = "DISTRICT")
        CommitteeLevel level,
    @Schema(required = true, example = "2015-2020", maxLength = Codes.TERM_LENGTH) String termCode,
    @Schema(example = "Ban Chấp hành Đảng bộ huyện Đắk Song khóa VI", maxLength = 200) String name,
    @Schema(required = true) @Size(max = CommitteeRequest.MAX_MEMBERS) List<MemberView> members,
    @Schema(required = true, example = "0") long version) {

  /** {@code names} maps cadre ids to full names, loaded in one query. */
  public static CommitteeView of(Committee committee, Map<Long, String> names) {
    return new CommitteeView(
        committee.id,
        committee.unitCode,
        committee.level,
        committee.termCode,
        committee.name,
        committee.members.stream()
            .map(
                m ->
                    new MemberView(
                        m.id, m.cadreId, names.get(m.cadreId), m.role, m.fromDate, m.toDate))
            .toList(),
        committee.version);
  }

  /** A seat on the committee. */
  @Schema(name = "CommitteeMember")
  public record MemberView(
      @Schema(required = true, example = "1") long id,
      @Schema(required = true, example = "1") long cadreId,
      @Schema(required = true, example = "Nguyễn Văn An", maxLength = 200) String fullName,
      @Schema(required = true, example = "SECRETARY") CommitteeRole role,
      @Schema(example = "2015-10-20") LocalDate fromDate,
      @Schema(example = "2020-10-15") LocalDate toDate) {}
}
