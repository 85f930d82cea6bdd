package vn.khaosat.indicators.api.resolutions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.service.resolutions.ResolutionCommand;

/** A congress resolution to create or replace. */
@Schema(name = "ResolutionRequest")
public record ResolutionRequest(
    @Schema(example = "Nghị quyết Đại hội Đảng bộ huyện Đắk Song lần thứ XI, nhiệm kỳ 2015-2020")
        @NotBlank
        @Size(max = ColumnLimits.RESOLUTION_TITLE)
        String title,
    @Schema(example = "665") @NotBlank @Size(max = ColumnLimits.UNIT_CODE) String unitCode,
    @Schema(example = "2015-2020") @NotBlank @Size(max = ColumnLimits.TERM_CODE) String termCode,
    @Schema(example = "01-NQ/ĐH") @Size(max = ColumnLimits.DOCUMENT_NUMBER) String documentNumber,
    @Schema(example = "2015-07-10") LocalDate adoptedOn) {

  /** What the service is asked to do with it. */
  public ResolutionCommand command() {
    return new ResolutionCommand(title, unitCode, termCode, documentNumber, adoptedOn);
  }
}
