package vn.khaosat.cadre.api.committees;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.cadre.api.Codes;
import vn.khaosat.cadre.domain.committees.CommitteeRole;
import vn.khaosat.cadre.service.committees.CommitteeCommand;

/** A committee to create or replace; its level is the unit's, as indicators-service gives it. */
@Schema(name = "CommitteeRequest")
public record CommitteeRequest(
    @Schema(example = "665") @NotBlank @Size(max = Codes.UNIT_LENGTH) @Pattern(regexp = Codes.UNIT)
        String unitCode,
    @Schema(example = "2015-2020")
        @NotBlank
        @Size(max = Codes.TERM_LENGTH)
        @Pattern(regexp = Codes.TERM)
        String termCode,
    @Schema(example = "Ban Chấp hành Đảng bộ huyện Đắk Song khóa VI") @Size(max = 200) String name,
    @Schema(description = "The members; the whole list replaces the stored one")
        @Size(max = MAX_MEMBERS)
        List<@NotNull @Valid Member> members) {

  /** Seats on a committee, at most: a provincial committee has about 50 to 80. */
  public static final int MAX_MEMBERS = 200;

  public List<Member> memberList() {
    return members == null ? List.of() : members;
  }

  /** A seat: the cadre, the role and its dates. */
  @Schema(name = "CommitteeMemberRequest")
  public record Member(
      @Schema(example = "1") @NotNull @Min(Codes.MIN_ID) @Max(Codes.MAX_ID) Long cadreId,
      @Schema(example = "SECRETARY") @NotNull CommitteeRole role,
      @Schema(example = "2015-10-20") LocalDate fromDate,
      @Schema(example = "2020-10-15") LocalDate toDate) {}

  /** The committee as the service takes it. */
  public CommitteeCommand command() {
    return new CommitteeCommand(
        unitCode,
        termCode,
        name,
        memberList().stream()
            .map(m -> new CommitteeCommand.Seat(m.cadreId(), m.role(), m.fromDate(), m.toDate()))
            .toList());
  }
}
