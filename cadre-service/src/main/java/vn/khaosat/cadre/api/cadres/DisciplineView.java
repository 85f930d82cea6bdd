package vn.khaosat.cadre.api.cadres;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.cadre.domain.cadres.DisciplineForm;
import vn.khaosat.cadre.domain.cadres.DisciplineRecord;

/** A disciplinary measure as the API shows it. */
@Schema(name = "Discipline")
public record DisciplineView(
    @Schema(required = true, example = "1") long id,
    @Schema(required = true, example = "WARNING") DisciplineForm form,
    @Schema(required = true, example = "2019-03-12") LocalDate decidedOn,
    @Schema(example = "2021-03-12") LocalDate restrictedUntil,
    @Schema(example = "Ủy ban Kiểm tra Tỉnh ủy", maxLength = 200) String decidedBy,
    @Schema(example = "Vi phạm quy định về quản lý đất đai", maxLength = 500) String reason) {

  public static DisciplineView of(DisciplineRecord record) {
    return new DisciplineView(
        record.id,
        record.form,
        record.decidedOn,
        record.restrictedUntil,
        record.decidedBy,
        record.reason);
  }
}
