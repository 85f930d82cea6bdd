package vn.khaosat.cadre.api.cadres;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.cadre.domain.cadres.DisciplineForm;
import vn.khaosat.cadre.service.cadres.DisciplineCommand;

/** A disciplinary measure to record. */
@Schema(name = "DisciplineRequest")
public record DisciplineRequest(
    @Schema(example = "WARNING") @NotNull DisciplineForm form,
    @Schema(example = "2019-03-12") @NotNull LocalDate decidedOn,
    @Schema(
            description = "Bars nomination until this day; absent when it bars nothing",
            example = "2021-03-12")
        LocalDate restrictedUntil,
    @Schema(example = "Ủy ban Kiểm tra Tỉnh ủy") @Size(max = 200) String decidedBy,
    @Schema(example = "Vi phạm quy định về quản lý đất đai") @Size(max = 500) String reason) {
  /** The measure as the service takes it. */
  public DisciplineCommand command() {
    return new DisciplineCommand(form, decidedOn, restrictedUntil, decidedBy, reason);
  }
}
