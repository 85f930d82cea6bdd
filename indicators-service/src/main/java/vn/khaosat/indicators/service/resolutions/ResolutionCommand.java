package vn.khaosat.indicators.service.resolutions;

import java.time.LocalDate;

/** A resolution to create or replace, as the caller gave it. */
public record ResolutionCommand(
    String title, String unitCode, String termCode, String documentNumber, LocalDate adoptedOn) {}
