package vn.khaosat.survey.service.sessions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.survey.domain.Limits;

/** A survey session's own fields; participants, statements and the rest have their own paths. */
@Schema(name = "SurveySessionRequest")
public record SessionCommand(
    @Schema(
            example =
                "Khảo sát kết quả thực hiện Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2015-2020")
        @NotBlank
        @Size(max = Limits.TITLE)
        String title,
    @Schema(example = "Tỉnh ủy Đắk Nông") @Size(max = Limits.NAME) String superiorBody,
    @Schema(example = "Tiểu ban Nội dung Đại hội XII Đảng bộ tỉnh")
        @NotBlank
        @Size(max = Limits.NAME)
        String leadingBody,
    @Schema(description = "The unit surveyed, a code of indicators-service", example = "665")
        @NotBlank
        @Size(max = Limits.UNIT_CODE)
        @Pattern(regexp = Limits.UNIT_CODE_PATTERN)
        String hostUnitCode,
    @Schema(example = "Ban Thường vụ Huyện ủy Đắk Song") @NotBlank @Size(max = Limits.NAME)
        String hostBody,
    @Schema(example = "2019-11-28T08:00:00+07:00") @NotNull OffsetDateTime startsAt,
    @Schema(example = "2019-11-28T11:30:00+07:00") OffsetDateTime endsAt,
    @Schema(example = "Hội trường Huyện ủy Đắk Song") @NotBlank @Size(max = Limits.TITLE)
        String place,
    @Schema(
            example =
                "Khảo sát kết quả thực hiện Nghị quyết Đại hội XII của Đảng gắn với Nghị quyết Đại"
                    + " hội XI Đảng bộ tỉnh và Nghị quyết Đại hội Đảng bộ huyện")
        @NotBlank
        @Size(max = Limits.PURPOSE)
        String purpose,
    @Schema(example = "2015-2020")
        @NotBlank
        @Size(max = Limits.TERM)
        @Pattern(regexp = Limits.TERM_PATTERN)
        String reviewedTerm,
    @Schema(example = "2020-2025")
        @NotBlank
        @Size(max = Limits.TERM)
        @Pattern(regexp = Limits.TERM_PATTERN)
        String plannedTerm,
    @Schema(example = "05-BB/TBND") @Size(max = Limits.DOCUMENT_NUMBER) String minutesNumber,
    @Schema(example = "12-TB/TBND") @Size(max = Limits.DOCUMENT_NUMBER) String noticeNumber) {}
