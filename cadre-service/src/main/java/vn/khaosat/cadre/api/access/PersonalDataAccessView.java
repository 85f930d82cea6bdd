package vn.khaosat.cadre.api.access;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.cadre.api.Codes;
import vn.khaosat.cadre.domain.access.PersonalDataAccess;

/** One read of a cadre's personal fields, as the access log tells it. */
@Schema(name = "PersonalDataAccess")
public record PersonalDataAccessView(
    @Schema(required = true, example = "51") long id,
    @Schema(required = true, example = "1") long cadreId,
    @Schema(
            required = true,
            description = "The token's user name",
            example = "thanh-tra@tinh-uy",
            maxLength = Codes.USER_LENGTH)
        String user,
    @Schema(required = true, example = "2026-12-01T09:30:00+07:00") OffsetDateTime at,
    @Schema(
            required = true,
            example = "GET",
            enumeration = {"GET", "POST", "PUT"})
        String method,
    @Schema(
            required = true,
            description = "The operation's route template",
            example = "/api/cadres/{id}",
            maxLength = PersonalDataAccess.ROUTE_LENGTH)
        String route,
    @Schema(
            required = true,
            description = "The request's X-Request-Id",
            example = "6f1c2a9e-5b7d-4c1e-9a3f-2d8e0b4c7a15",
            maxLength = 128)
        String requestId) {

  public static PersonalDataAccessView of(PersonalDataAccess read) {
    return new PersonalDataAccessView(
        read.id,
        read.cadreId,
        read.userName,
        read.accessedAt.atZoneSameInstant(vn.khaosat.defaults.SuiteTime.ZONE).toOffsetDateTime(),
        read.method,
        read.route,
        read.requestId);
  }
}
