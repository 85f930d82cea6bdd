package vn.khaosat.cadre.service.cadres;

import vn.khaosat.cadre.domain.cadres.Gender;
import vn.khaosat.cadre.domain.cadres.TheoryLevel;

/** The filters of the cadre list; null leaves a filter out. */
public record CadreFilter(
    String q,
    String unit,
    Gender gender,
    String ethnicity,
    TheoryLevel theoryLevel,
    Boolean inSuccessionPlan) {}
