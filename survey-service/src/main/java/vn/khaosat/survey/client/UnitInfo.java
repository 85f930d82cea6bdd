package vn.khaosat.survey.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/** What survey-service needs of a unit of indicators-service; other fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitInfo(String code, String name, LocalDate validFrom, LocalDate validTo) {}
