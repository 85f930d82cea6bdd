package vn.khaosat.survey.api.sessions;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.domain.sessions.Amendment;
import vn.khaosat.survey.domain.sessions.AmendmentSection;

/** A correction made after signing. */
@Schema(name = "Amendment")
public record AmendmentView(
    @Schema(required = true, example = "1") long id,
    @Schema(required = true, example = "1") int position,
    @Schema(required = true, example = "STATEMENTS") AmendmentSection section,
    @Schema(required = true, maxLength = Limits.AMENDMENT) String text,
    @Schema(required = true, maxLength = Limits.REASON) String reason,
    @Schema(required = true, example = "thu-ky", maxLength = Limits.NAME) String author,
    @Schema(required = true) OffsetDateTime createdAt) {

  public static AmendmentView of(Amendment a) {
    return new AmendmentView(a.id, a.position, a.section, a.text, a.reason, a.author, a.createdAt);
  }
}
