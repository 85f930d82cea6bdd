package vn.khaosat.cadre.api.cadres;

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
import vn.khaosat.cadre.domain.cadres.Gender;
import vn.khaosat.cadre.domain.cadres.TheoryLevel;
import vn.khaosat.cadre.service.cadres.CadreCommand;

/** A cadre record to create or replace. Discipline is recorded apart, by inspectors. */
@Schema(name = "CadreRequest", description = "A cadre record to create or replace")
public record CadreRequest(
    @Schema(example = "Nguyễn Văn An") @NotBlank @Size(max = 200) String fullName,
    @Schema(example = "MALE") @NotNull Gender gender,
    @Schema(
            description =
                "YYYY-MM-DD, or YYYY-MM, or YYYY when only the year is known (it counts as"
                    + " January); the age it gives this month must be 18 to 80",
            example = "1968-06-15")
        @NotBlank
        @Size(max = 10)
        @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?")
        String dateOfBirth,
    @Schema(example = "Kinh") @NotBlank @Size(max = 60) String ethnicity,
    @Schema(example = "Không") @Size(max = 60) String religion,
    @Schema(description = "Unit the cadre works for (indicators-service code)", example = "665")
        @NotBlank
        @Size(max = Codes.UNIT_LENGTH)
        @Pattern(regexp = Codes.UNIT)
        String unitCode,
    @Schema(example = "1995-05-19") LocalDate partyAdmissionDate,
    @Schema(example = "1996-05-19") LocalDate partyFullMembershipDate,
    @Schema(example = "12/12") @Size(max = 20) String generalEducation,
    @Schema(example = "Thạc sĩ Quản lý kinh tế") @Size(max = 200) String professionalDegree,
    @Schema(example = "ADVANCED") TheoryLevel theoryLevel,
    @Schema(example = "Chuyên viên chính") @Size(max = 60) String stateManagementLevel,
    @Schema(
            description = "In the succession plan (quy hoạch); false when left out",
            defaultValue = "false",
            example = "true")
        Boolean inSuccessionPlan,
    @Schema(description = "Current posts") @Size(max = MAX_POSTS)
        List<@NotNull @Valid PostRequest> posts,
    @Schema(
            description = "Years for which assets were declared, each once",
            example = "[2018, 2019]",
            uniqueItems = true)
        @Size(max = MAX_DECLARATIONS)
        List<@NotNull @Min(1990) @Max(2100) Integer> assetDeclarationYears) {

  /** Posts held at once, at most. */
  public static final int MAX_POSTS = 20;

  /** Declaration years on record, at most: one a year since 1990 and then some. */
  public static final int MAX_DECLARATIONS = 80;

  public List<PostRequest> postList() {
    return posts == null ? List.of() : posts;
  }

  /** The years declared, in the order given; {@link #assetDeclarationYears} may repeat one. */
  public List<Integer> declarationYears() {
    return assetDeclarationYears == null ? List.of() : assetDeclarationYears;
  }

  public boolean succession() {
    return Boolean.TRUE.equals(inSuccessionPlan);
  }

  /** A post held now, with the day it began. */
  @Schema(name = "Post")
  public record PostRequest(
      @Schema(example = "Bí thư Huyện ủy") @NotBlank @Size(max = 200) String title,
      @Schema(example = "2015-10-20") LocalDate startDate) {}

  /** The record as the service takes it. */
  public CadreCommand command() {
    return new CadreCommand(
        fullName,
        gender,
        dateOfBirth,
        ethnicity,
        religion,
        unitCode,
        partyAdmissionDate,
        partyFullMembershipDate,
        generalEducation,
        professionalDegree,
        theoryLevel,
        stateManagementLevel,
        succession(),
        postList().stream().map(p -> new CadreCommand.PostHeld(p.title(), p.startDate())).toList(),
        declarationYears());
  }
}
