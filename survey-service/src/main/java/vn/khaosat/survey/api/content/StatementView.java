package vn.khaosat.survey.api.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.domain.sessions.Statement;
import vn.khaosat.survey.domain.sessions.StatementKind;

/** A statement in order, with its speaker and what it answers. */
@Schema(name = "Statement")
public record StatementView(
    @Schema(required = true, example = "5") long id,
    @Schema(required = true, example = "5") int position,
    @Schema(required = true, example = "4") long speakerId,
    @Schema(required = true, example = "Phan Văn Hợp", maxLength = Limits.NAME) String speakerName,
    @Schema(required = true, example = "EXPLANATION") StatementKind kind,
    @Schema(example = "1") Long agendaItemId,
    @Schema(example = "3") Long replyToId,
    @Schema(description = "The position of the statement it answers", example = "3")
        Integer replyToPosition,
    @Schema(required = true, maxLength = Limits.STATEMENT) String text) {

  public static StatementView of(Statement s) {
    return new StatementView(
        s.id,
        s.position,
        s.speaker.id,
        s.speaker.fullName,
        s.kind,
        s.agendaItem == null ? null : s.agendaItem.id,
        s.replyTo == null ? null : s.replyTo.id,
        s.replyTo == null ? null : s.replyTo.position,
        s.text);
  }
}
