package vn.khaosat.survey.service.sessions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.survey.domain.Limits;

/** The conclusion (kết luận) of the session and the participant who gave it. */
@Schema(name = "ConclusionRequest")
public record ConclusionCommand(
    @Schema(
            example =
                "Đảng bộ huyện cần có đánh giá đúng, sát thực, chỉ rõ nguyên nhân khách quan, chủ"
                    + " quan về những chỉ tiêu vượt, đạt, chưa đạt và không đạt…")
        @NotBlank
        @Size(max = Limits.CONCLUSION)
        String text,
    @Schema(
            description = "The participant who concluded: the delegation's leader or the chair",
            example = "1")
        @NotNull
        @Min(Limits.MIN_ID)
        @Max(Limits.MAX_ID)
        Long concludedById) {}
