package vn.khaosat.survey.service.sessions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.survey.domain.Limits;

/** Who signs the minutes: the secretary (thư ký) and the chair (chủ trì), both present. */
@Schema(name = "SignRequest")
public record SignCommand(
    @Schema(description = "A participant with role SECRETARY", example = "3")
        @NotNull
        @Min(Limits.MIN_ID)
        @Max(Limits.MAX_ID)
        Long secretaryId,
    @Schema(description = "A participant with role DELEGATION_LEADER or HOST_CHAIR", example = "1")
        @NotNull
        @Min(Limits.MIN_ID)
        @Max(Limits.MAX_ID)
        Long chairId) {}
