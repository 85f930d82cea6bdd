package vn.khaosat.indicators.service.evaluation;

import java.math.BigDecimal;
import java.util.List;
import vn.khaosat.indicators.domain.rules.InputUsed;
import vn.khaosat.indicators.domain.rules.Measure;
import vn.khaosat.indicators.domain.rules.Warning;

/** One measure computed on its own, with the figures it used. */
public record MeasureValue(
    String indicatorCode,
    String unitCode,
    Measure measure,
    int year,
    Integer baseYear,
    String referenceUnitCode,
    String partOfCode,
    BigDecimal value,
    String missingReason,
    List<InputUsed> inputs,
    List<Warning> warnings) {}
