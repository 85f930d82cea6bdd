package vn.khaosat.survey.api.sessions;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.domain.sessions.SessionStatus;
import vn.khaosat.survey.domain.sessions.SurveySession;

/** A session in a list: its own fields, without what was recorded in it. */
@Schema(name = "SurveySessionSummary")
public record SessionSummaryView(
    @Schema(required = true, example = "1") long id,
    @Schema(required = true, maxLength = Limits.TITLE) String title,
    @Schema(required = true, example = "665", maxLength = Limits.UNIT_CODE) String hostUnitCode,
    @Schema(required = true, example = "Huyện Đắk Song", maxLength = Limits.NAME)
        String hostUnitName,
    @Schema(required = true) OffsetDateTime startsAt,
    @Schema(required = true, maxLength = Limits.TITLE) String place,
    @Schema(required = true, example = "2015-2020", maxLength = Limits.TERM) String reviewedTerm,
    @Schema(required = true, example = "SIGNED") SessionStatus status,
    @Schema(required = true, example = "3") long version) {

  public static SessionSummaryView of(SurveySession s) {
    return new SessionSummaryView(
        s.id,
        s.title,
        s.hostUnitCode,
        s.hostUnitName,
        s.startsAt,
        s.place,
        s.reviewedTerm,
        s.status,
        s.version);
  }
}
