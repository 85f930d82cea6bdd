package vn.khaosat.cadre.service.access;

import java.time.OffsetDateTime;

/** The filters of the whole log: a user, and reads from {@code from} to before {@code before}. */
public record AccessFilter(String user, OffsetDateTime from, OffsetDateTime before) {}
