package vn.khaosat.cadre.service.access;

import java.time.OffsetDateTime;

/**
 * One cadre whose personal fields a response carried: who read them, when, through which operation
 * (method and route template) and in which request.
 */
public record PersonalDataRead(
    long cadreId, String user, OffsetDateTime at, String method, String route, String requestId) {}
