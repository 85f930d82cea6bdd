package vn.khaosat.survey.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A target of indicators-service, for the wording a finding shows. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TargetInfo(long id, String indicatorCode, String wording) {}
