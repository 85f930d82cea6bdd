package vn.khaosat.indicators.api.observations;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.domain.ObservationRevision;

/** One change of a figure as the API shows it. */
@Schema(name = "ObservationRevision")
public record RevisionView(
    @Schema(required = true, example = "1042") long id,
    @Schema(description = "Null for a first figure", example = "411.9") BigDecimal oldValue,
    @Schema(description = "Null once the figure was deleted", example = "412.5")
        BigDecimal newValue,
    @Schema(example = "Báo cáo chính trị Đại hội XII", maxLength = ColumnLimits.SOURCE)
        String oldSource,
    @Schema(example = "Cục Thống kê tỉnh Lâm Đồng", maxLength = ColumnLimits.SOURCE)
        String newSource,
    @Schema(example = "2016-2020", maxLength = ColumnLimits.POVERTY_STANDARD)
        String oldPovertyStandard,
    @Schema(example = "2016-2020", maxLength = ColumnLimits.POVERTY_STANDARD)
        String newPovertyStandard,
    @Schema(
            required = true,
            description = "The token's user name",
            example = "thongke.daknong",
            maxLength = ColumnLimits.USER_NAME)
        String changedBy,
    @Schema(required = true) OffsetDateTime changedAt,
    @Schema(
            description = "The X-Request-Id of the change",
            example = "3f1c2a9e-5b7d-4c1e-9a2f-0d8e6b4a7c31",
            maxLength = ColumnLimits.REQUEST_ID)
        String requestId,
    @Schema(
            example = "Cục Thống kê công bố số liệu chính thức năm 2019",
            maxLength = ColumnLimits.REASON)
        String reason,
    @Schema(
            description = "The CSV import the change came with, if any",
            example = "6f1d8c2e-4b3a-4e5f-9c7d-2a1b0e9f8d7c",
            format = "uuid",
            maxLength = 36)
        String importId) {

  static RevisionView of(ObservationRevision r) {
    return new RevisionView(
        r.id,
        strip(r.oldValue),
        strip(r.newValue),
        r.oldSource,
        r.newSource,
        r.oldPovertyStandard,
        r.newPovertyStandard,
        r.changedBy,
        r.changedAt,
        r.requestId,
        r.reason,
        r.importId == null ? null : r.importId.toString());
  }

  private static BigDecimal strip(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros();
  }
}
