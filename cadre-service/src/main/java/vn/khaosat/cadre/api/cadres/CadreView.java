package vn.khaosat.cadre.api.cadres;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.cadre.api.Codes;
import vn.khaosat.cadre.api.cadres.CadreRequest.PostRequest;
import vn.khaosat.cadre.domain.cadres.Cadre;
import vn.khaosat.cadre.domain.cadres.Gender;
import vn.khaosat.cadre.domain.cadres.TheoryLevel;

/**
 * A cadre as the API shows it. {@code personal} is present only for admins and for organizers and
 * inspectors whose units cover the cadre's unit, and never in lists.
 */
@Schema(name = "Cadre")
public record CadreView(
    @Schema(required = true, example = "1") long id,
    @Schema(required = true, example = "Nguyễn Văn An", maxLength = 200) String fullName,
    @Schema(required = true, example = "MALE") Gender gender,
    @Schema(required = true, example = "665", maxLength = Codes.UNIT_LENGTH) String unitCode,
    @Schema(required = true) @Size(max = CadreRequest.MAX_POSTS) List<PostRequest> posts,
    @Schema(example = "ADVANCED") TheoryLevel theoryLevel,
    @Schema(example = "Chuyên viên chính", maxLength = 60) String stateManagementLevel,
    @Schema(example = "Thạc sĩ Quản lý kinh tế", maxLength = 200) String professionalDegree,
    @Schema(example = "12/12", maxLength = 20) String generalEducation,
    @Schema(required = true, example = "true") boolean inSuccessionPlan,
    @Schema(
            description =
                "Only for admin, and organizer or inspector whose units cover the cadre's unit")
        PersonalView personal,
    @Schema(required = true, example = "0") long version) {

  public static CadreView summary(Cadre cadre) {
    return of(cadre, null);
  }

  public static CadreView of(Cadre cadre, PersonalView personal) {
    return new CadreView(
        cadre.id,
        cadre.fullName,
        cadre.gender,
        cadre.unitCode,
        cadre.posts.stream().map(p -> new PostRequest(p.title, p.startDate)).toList(),
        cadre.theoryLevel,
        cadre.stateManagementLevel,
        cadre.professionalDegree,
        cadre.generalEducation,
        cadre.inSuccessionPlan,
        personal,
        cadre.version);
  }
}
