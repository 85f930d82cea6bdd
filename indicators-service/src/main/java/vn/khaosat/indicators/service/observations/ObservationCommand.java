package vn.khaosat.indicators.service.observations;

import java.math.BigDecimal;

/** A figure to store under its key, as the caller gave it. */
public record ObservationCommand(
    BigDecimal value, String source, String note, String povertyStandard) {}
