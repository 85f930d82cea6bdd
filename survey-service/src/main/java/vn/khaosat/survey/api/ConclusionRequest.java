package vn.khaosat.survey.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The conclusion (kết luận) of the session and the participant who gave it. */
@Schema(name = "ConclusionRequest")
public record ConclusionRequest(
    @Schema(
            example =
                "Đảng bộ huyện cần có đánh giá đúng, sát thực, chỉ rõ nguyên nhân khách quan, chủ"
                    + " quan về những chỉ tiêu vượt, đạt, chưa đạt và không đạt…")
        @NotBlank
        String text,
    @Schema(description = "The participant who concluded: the delegation's leader or the chair")
        @NotNull
        Long concludedById) {}
