package vn.khaosat.indicators.service.indicators;

import vn.khaosat.indicators.domain.PriceBasis;
import vn.khaosat.indicators.domain.rules.Direction;

/** An indicator to create or replace, as the caller gave it. */
public record IndicatorCommand(
    String code,
    String name,
    String unitOfMeasure,
    Direction direction,
    PriceBasis priceBasis,
    Integer decimals,
    String structureGroup,
    String partOfCode,
    Boolean requiresPovertyStandard) {}
