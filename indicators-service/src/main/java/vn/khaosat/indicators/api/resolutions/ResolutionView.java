package vn.khaosat.indicators.api.resolutions;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.domain.Resolution;

/** A congress resolution (nghị quyết đại hội) as the API shows it. */
@Schema(name = "Resolution")
public record ResolutionView(
    @Schema(required = true, example = "1") long id,
    @Schema(
            required = true,
            example = "Nghị quyết Đại hội Đảng bộ huyện Đắk Song lần thứ XI, nhiệm kỳ 2015-2020",
            maxLength = ColumnLimits.RESOLUTION_TITLE)
        String title,
    @Schema(required = true, example = "665", maxLength = ColumnLimits.UNIT_CODE) String unitCode,
    @Schema(required = true, example = "2015-2020", maxLength = ColumnLimits.TERM_CODE)
        String termCode,
    @Schema(example = "01-NQ/ĐH", maxLength = ColumnLimits.DOCUMENT_NUMBER) String documentNumber,
    @Schema(example = "2015-07-10") LocalDate adoptedOn,
    @Schema(required = true, example = "0") long version) {

  public static ResolutionView of(Resolution r) {
    return new ResolutionView(
        r.id, r.title, r.unitCode, r.termCode, r.documentNumber, r.adoptedOn, r.version);
  }
}
