package vn.khaosat.cadre.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.cadre.domain.Gender;
import vn.khaosat.cadre.domain.TheoryLevel;

/** A cadre record to create or replace. Discipline is recorded apart, by inspectors. */
@Schema(name = "CadreRequest", description = "A cadre record to create or replace")
public record CadreRequest(
    @Schema(example = "Nguyễn Văn An") @NotBlank @Size(max = 200) String fullName,
    @Schema(example = "MALE") @NotNull Gender gender,
    @Schema(
            description = "YYYY-MM-DD, or YYYY-MM, or YYYY when only the year is known",
            example = "1968-06-15")
        @NotBlank
        @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?")
        String dateOfBirth,
    @Schema(example = "Kinh") @NotBlank @Size(max = 60) String ethnicity,
    @Schema(example = "Không") @Size(max = 60) String religion,
    @Schema(description = "Unit the cadre works for (indicators-service code)", example = "665")
        @NotBlank
        @Pattern(regexp = "[0-9A-Za-z._-]{1,16}")
        String unitCode,
    @Schema(example = "1995-05-19") LocalDate partyAdmissionDate,
    @Schema(example = "1996-05-19") LocalDate partyFullMembershipDate,
    @Schema(example = "12/12") @Size(max = 20) String generalEducation,
    @Schema(example = "Thạc sĩ Quản lý kinh tế") @Size(max = 200) String professionalDegree,
    @Schema(example = "ADVANCED") TheoryLevel theoryLevel,
    @Schema(example = "Chuyên viên chính") @Size(max = 60) String stateManagementLevel,
    @Schema(description = "In the succession plan (quy hoạch)", example = "true")
        boolean inSuccessionPlan,
    @Schema(description = "Current posts") @Size(max = 20) List<@NotNull @Valid PostRequest> posts,
    @Schema(description = "Years for which assets were declared", example = "[2018, 2019]")
        @Size(max = 80)
        Set<@NotNull @Min(1990) @Max(2100) Integer> assetDeclarationYears) {

  public List<PostRequest> postList() {
    return posts == null ? List.of() : posts;
  }

  public Set<Integer> declarationYears() {
    return assetDeclarationYears == null ? Set.of() : assetDeclarationYears;
  }

  /** A post held now, with the day it began. */
  @Schema(name = "Post")
  public record PostRequest(
      @Schema(example = "Bí thư Huyện ủy") @NotBlank @Size(max = 200) String title,
      @Schema(example = "2015-10-20") LocalDate startDate) {}
}
