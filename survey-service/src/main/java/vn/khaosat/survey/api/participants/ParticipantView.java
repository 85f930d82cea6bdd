package vn.khaosat.survey.api.participants;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.domain.sessions.Attendance;
import vn.khaosat.survey.domain.sessions.Participant;
import vn.khaosat.survey.domain.sessions.ParticipantRole;

/** A participant as recorded: for a cadre, the name and post copied on the day. */
@Schema(name = "Participant")
public record ParticipantView(
    @Schema(required = true, example = "1") long id,
    @Schema(required = true, example = "1") int position,
    @Schema(example = "12") Long cadreId,
    @Schema(description = "The cadre record's version the copy was taken from") Long cadreVersion,
    @Schema(required = true, example = "Hà Trung Ký", maxLength = Limits.NAME) String fullName,
    @Schema(example = "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", maxLength = Limits.TITLE) String title,
    @Schema(maxLength = Limits.TITLE) String organization,
    @Schema(description = "A cadre's unit", example = "665", maxLength = Limits.UNIT_CODE)
        String unitCode,
    @Schema(required = true, example = "DELEGATION_LEADER") ParticipantRole role,
    @Schema(required = true, example = "PRESENT") Attendance attendance) {

  public static ParticipantView of(Participant p) {
    return new ParticipantView(
        p.id,
        p.position,
        p.cadreId,
        p.cadreVersion,
        p.fullName,
        p.title,
        p.organization,
        p.unitCode,
        p.role,
        p.attendance);
  }
}
