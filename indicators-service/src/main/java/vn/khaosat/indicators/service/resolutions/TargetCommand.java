package vn.khaosat.indicators.service.resolutions;

import java.math.BigDecimal;
import vn.khaosat.indicators.domain.rules.Comparator;
import vn.khaosat.indicators.domain.rules.Measure;

/** A target of a resolution to create or replace, as the caller gave it. */
public record TargetCommand(
    Long resolutionId,
    String indicatorCode,
    Measure measure,
    Comparator comparator,
    BigDecimal value,
    BigDecimal low,
    BigDecimal high,
    BigDecimal tolerance,
    String referenceUnitCode,
    String wording) {}
