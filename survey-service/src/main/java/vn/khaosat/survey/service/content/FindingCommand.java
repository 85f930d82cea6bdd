package vn.khaosat.survey.service.content;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.domain.sessions.FindingKind;

/** A finding, optionally tied to a target of indicators-service. */
@Schema(name = "FindingRequest")
public record FindingCommand(
    @Schema(example = "LIMITATION") @NotNull FindingKind kind,
    @Schema(example = "Kinh tế tăng trưởng chưa bền vững, chuyển dịch cơ cấu kinh tế còn chậm.")
        @NotBlank
        @Size(max = Limits.FINDING)
        String text,
    @Schema(description = "A target of indicators-service", example = "3")
        @Min(Limits.MIN_ID)
        @Max(Limits.MAX_ID)
        Long targetId) {}
