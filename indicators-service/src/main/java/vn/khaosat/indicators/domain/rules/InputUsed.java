package vn.khaosat.indicators.domain.rules;

import java.math.BigDecimal;

/** One observation a computation used, with the status it had (số liệu đã sử dụng). */
public record InputUsed(
    String indicatorCode, String unitCode, int year, BigDecimal value, ObservationStatus status) {}
