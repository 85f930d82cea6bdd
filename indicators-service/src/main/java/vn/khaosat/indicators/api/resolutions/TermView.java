package vn.khaosat.indicators.api.resolutions;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.domain.Term;

/** A term (nhiệm kỳ): figures run from the year after the base year to the last year. */
@Schema(name = "Term")
public record TermView(
    @Schema(required = true, example = "2015-2020", maxLength = ColumnLimits.TERM_CODE) String code,
    @Schema(required = true, example = "2015") int baseYear,
    @Schema(required = true, example = "2016") int firstYear,
    @Schema(required = true, example = "2020") int lastYear) {

  public static TermView of(Term term) {
    return new TermView(term.code, term.baseYear, term.baseYear + 1, term.lastYear);
  }
}
