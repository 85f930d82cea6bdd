package vn.khaosat.survey.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.survey.domain.Amendment;
import vn.khaosat.survey.domain.AmendmentSection;

/** A correction made after signing. */
@Schema(name = "Amendment")
public record AmendmentView(
    @Schema(example = "1") long id,
    @Schema(example = "1") int position,
    @Schema(example = "STATEMENTS") AmendmentSection section,
    @Schema(maxLength = Limits.AMENDMENT) String text,
    @Schema(maxLength = Limits.REASON) String reason,
    @Schema(example = "thu-ky", maxLength = Limits.NAME) String author,
    OffsetDateTime createdAt) {

  public static AmendmentView of(Amendment a) {
    return new AmendmentView(a.id, a.position, a.section, a.text, a.reason, a.author, a.createdAt);
  }
}
