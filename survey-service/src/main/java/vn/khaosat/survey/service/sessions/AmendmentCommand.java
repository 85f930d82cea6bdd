package vn.khaosat.survey.service.sessions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.domain.sessions.AmendmentSection;

/** A correction to signed minutes: what part, the corrected text, and why. */
@Schema(name = "AmendmentRequest")
public record AmendmentCommand(
    @Schema(example = "STATEMENTS") @NotNull AmendmentSection section,
    @Schema(example = "Ý kiến số 5: tốc độ tăng trưởng bình quân là 11,4%, không phải 11,2%.")
        @NotBlank
        @Size(max = Limits.AMENDMENT)
        String text,
    @Schema(example = "Ghi nhầm số liệu khi ghi biên bản") @NotBlank @Size(max = Limits.REASON)
        String reason) {}
