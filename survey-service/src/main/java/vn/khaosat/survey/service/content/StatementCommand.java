package vn.khaosat.survey.service.content;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.domain.sessions.StatementKind;

/** A statement: who spoke (a present participant of this session), what kind, and what was said. */
@Schema(name = "StatementRequest")
public record StatementCommand(
    @Schema(description = "A participant of this session who was present", example = "4")
        @NotNull
        @Min(Limits.MIN_ID)
        @Max(Limits.MAX_ID)
        Long speakerId,
    @Schema(example = "EXPLANATION") @NotNull StatementKind kind,
    @Schema(description = "The agenda item it belongs to", example = "1")
        @Min(Limits.MIN_ID)
        @Max(Limits.MAX_ID)
        Long agendaItemId,
    @Schema(description = "An earlier statement of this session it answers", example = "3")
        @Min(Limits.MIN_ID)
        @Max(Limits.MAX_ID)
        Long replyToId,
    @Schema(example = "Bí thư Huyện ủy giải trình một số vấn đề mà đoàn khảo sát quan tâm.")
        @NotBlank
        @Size(max = Limits.STATEMENT)
        String text) {}
