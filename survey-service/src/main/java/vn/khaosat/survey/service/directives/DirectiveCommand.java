package vn.khaosat.survey.service.directives;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.survey.domain.Limits;

/** A directive of the conclusion: what, who answers for it, and by when. */
@Schema(name = "DirectiveRequest")
public record DirectiveCommand(
    @Schema(
            example =
                "Rà soát lại chất lượng đội ngũ nhân sự cấp ủy các cấp nhiệm kỳ tới, bảo đảm tiêu"
                    + " chuẩn, quy định")
        @NotBlank
        @Size(max = Limits.DIRECTIVE)
        String text,
    @Schema(example = "Ban Thường vụ Huyện ủy Đắk Song") @NotBlank @Size(max = Limits.NAME)
        String responsibleBody,
    @Schema(description = "The unit that answers for it", example = "665")
        @NotBlank
        @Size(max = Limits.UNIT_CODE)
        @Pattern(regexp = Limits.UNIT_CODE_PATTERN)
        String responsibleUnitCode,
    @Schema(description = "On or after the session's day", example = "2020-03-31") @NotNull
        LocalDate deadline) {}
