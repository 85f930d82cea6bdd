package vn.khaosat.indicators.service.observations;

import java.math.BigDecimal;

/**
 * A figure to store under its key, as the caller gave it, and why it changes (needed for a closed
 * unit's figure, kept in its history).
 */
public record ObservationCommand(
    BigDecimal value, String source, String note, String povertyStandard, String reason) {}
