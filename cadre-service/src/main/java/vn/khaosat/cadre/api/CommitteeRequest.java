package vn.khaosat.cadre.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.cadre.domain.CommitteeRole;

/** A committee to create or replace; its level is the unit's, as indicators-service gives it. */
@Schema(name = "CommitteeRequest")
public record CommitteeRequest(
    @Schema(example = "665") @NotBlank @Pattern(regexp = "[0-9A-Za-z._-]{1,16}") String unitCode,
    @Schema(example = "2015-2020") @NotBlank @Pattern(regexp = "\\d{4}-\\d{4}") String termCode,
    @Schema(example = "Ban Chấp hành Đảng bộ huyện Đắk Song khóa VI") @Size(max = 200) String name,
    @Schema(description = "The members; the whole list replaces the stored one") @Size(max = 200)
        List<@NotNull @Valid Member> members) {

  public List<Member> memberList() {
    return members == null ? List.of() : members;
  }

  /** A seat: the cadre, the role and its dates. */
  @Schema(name = "CommitteeMemberRequest")
  public record Member(
      @Schema(example = "1") @NotNull Long cadreId,
      @Schema(example = "SECRETARY") @NotNull CommitteeRole role,
      @Schema(example = "2015-10-20") LocalDate fromDate,
      @Schema(example = "2020-10-15") LocalDate toDate) {}
}
