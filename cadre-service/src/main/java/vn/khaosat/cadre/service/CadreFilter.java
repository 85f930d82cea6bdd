package vn.khaosat.cadre.service;

import vn.khaosat.cadre.domain.Gender;
import vn.khaosat.cadre.domain.TheoryLevel;

/** The filters of the cadre list; null leaves a filter out. */
public record CadreFilter(
    String q,
    String unit,
    Gender gender,
    String ethnicity,
    TheoryLevel theoryLevel,
    Boolean inSuccessionPlan) {}
