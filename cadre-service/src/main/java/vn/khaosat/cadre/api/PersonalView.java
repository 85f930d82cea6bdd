package vn.khaosat.cadre.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.cadre.domain.Cadre;

/**
 * The personal fields of a cadre record, shown to admins and to organizers and inspectors whose
 * units cover the cadre's unit.
 */
@Schema(name = "CadrePersonal")
public record PersonalView(
    @Schema(description = "In the precision known: YYYY-MM-DD, YYYY-MM or YYYY", example = "1968")
        String dateOfBirth,
    @Schema(example = "Kinh") String ethnicity,
    @Schema(example = "Không") String religion,
    @Schema(example = "1995-05-19") LocalDate partyAdmissionDate,
    @Schema(example = "1996-05-19") LocalDate partyFullMembershipDate,
    @Schema(example = "[2018, 2019]") List<Integer> assetDeclarationYears,
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
