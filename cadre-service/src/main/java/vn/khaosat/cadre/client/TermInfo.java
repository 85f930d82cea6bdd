package vn.khaosat.cadre.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A term (nhiệm kỳ) as indicators-service knows it; only its code matters here. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TermInfo(String code) {}
