package vn.khaosat.cadre.api.cadres;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.cadre.domain.cadres.Cadre;
import vn.khaosat.cadre.domain.cadres.DisciplineRecord;

/**
 * The personal fields of a cadre record, shown to admins and to organizers and inspectors whose
 * units cover the cadre's unit.
 */
@Schema(name = "CadrePersonal")
public record PersonalView(
    @Schema(
            required = true,
            description = "In the precision known: YYYY-MM-DD, YYYY-MM or YYYY",
            example = "1968",
            maxLength = 10)
        String dateOfBirth,
    @Schema(required = true, example = "Kinh", maxLength = 60) String ethnicity,
    @Schema(example = "Không", maxLength = 60) String religion,
    @Schema(example = "1995-05-19") LocalDate partyAdmissionDate,
    @Schema(example = "1996-05-19") LocalDate partyFullMembershipDate,
    @Schema(required = true, example = "[2018, 2019]") @Size(max = CadreRequest.MAX_DECLARATIONS)
        List<Integer> assetDeclarationYears,
    @Schema(required = true) @Size(max = DisciplineRecord.MAX_PER_CADRE)
        List<DisciplineView> disciplines) {

  public static PersonalView of(Cadre cadre) {
    return new PersonalView(
        cadre.birth().toString(),
        cadre.ethnicity,
        cadre.religion,
        cadre.partyAdmissionDate,
        cadre.partyFullMembershipDate,
        List.copyOf(cadre.assetDeclarationYears),
        cadre.disciplines.stream().map(DisciplineView::of).toList());
  }
}
