package vn.khaosat.survey.api.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.domain.sessions.Finding;
import vn.khaosat.survey.domain.sessions.FindingKind;

/** A finding, with the wording of its target when tied to one. */
@Schema(name = "Finding")
public record FindingView(
    @Schema(required = true, example = "1") long id,
    @Schema(required = true, example = "1") int position,
    @Schema(required = true, example = "STRENGTH") FindingKind kind,
    @Schema(required = true, maxLength = Limits.FINDING) String text,
    @Schema(example = "3") Long targetId,
    @Schema(
            example = "Tốc độ tăng trưởng bình quân đạt 10%/năm trở lên",
            maxLength = Limits.TARGET_LABEL)
        String targetLabel) {

  public static FindingView of(Finding f) {
    return new FindingView(f.id, f.position, f.kind, f.text, f.targetId, f.targetLabel);
  }
}
