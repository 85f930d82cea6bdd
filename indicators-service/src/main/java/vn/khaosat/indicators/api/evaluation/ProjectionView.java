package vn.khaosat.indicators.api.evaluation;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.indicators.domain.rules.Projection;

/**
 * The yearly progress still needed to reach the target by the last year against the best yearly
 * progress seen so far (dự báo khả năng đạt).
 */
@Schema(name = "Projection")
public record ProjectionView(
    @Schema(required = true, example = "7.4") BigDecimal requiredYearlyRate,
    @Schema(description = "Null without a trend", example = "9.1") BigDecimal bestYearlyRate,
    @Schema(description = "Null without a trend", example = "2018") Integer bestYear,
    @Schema(
            required = true,
            description = "What the rates measure",
            enumeration = {
              Projection.GROWTH_PERCENT,
              Projection.REDUCTION_PERCENT,
              Projection.POINTS_RISE,
              Projection.POINTS_FALL,
              Projection.INCREMENT,
              Projection.DECREMENT
            },
            example = Projection.GROWTH_PERCENT)
        String basis) {

  public static ProjectionView of(Projection p) {
    return p == null
        ? null
        : new ProjectionView(p.requiredYearlyRate(), p.bestYearlyRate(), p.bestYear(), p.basis());
  }
}
