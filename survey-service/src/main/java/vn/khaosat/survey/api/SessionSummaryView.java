package vn.khaosat.survey.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.survey.domain.SessionStatus;
import vn.khaosat.survey.domain.SurveySession;

/** A session in a list: its own fields, without what was recorded in it. */
@Schema(name = "SurveySessionSummary")
public record SessionSummaryView(
    @Schema(example = "1") long id,
    @Schema(maxLength = Limits.TITLE) String title,
    @Schema(example = "665", maxLength = Limits.UNIT_CODE) String hostUnitCode,
    @Schema(example = "Huyện Đắk Song", maxLength = Limits.NAME) String hostUnitName,
    OffsetDateTime startsAt,
    @Schema(maxLength = Limits.TITLE) String place,
    @Schema(example = "2015-2020", maxLength = Limits.TERM) String reviewedTerm,
    @Schema(example = "SIGNED") SessionStatus status,
    @Schema(example = "3") long version) {

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
