package vn.khaosat.survey.domain.dossier;

/**
 * A part of a dossier that could not be fetched: {@code source} is "scorecard" or "vetting", {@code
 * reason} a code (UNAVAILABLE, TIMEOUT, NOT_FOUND, NO_PLAN, NOT_VETTED, REFUSED) and {@code detail}
 * what happened in words.
 */
public record MissingPart(String source, String reason, String detail) {}
