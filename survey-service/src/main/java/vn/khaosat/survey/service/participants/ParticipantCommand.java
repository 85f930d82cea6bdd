package vn.khaosat.survey.service.participants;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.domain.sessions.Attendance;
import vn.khaosat.survey.domain.sessions.ParticipantRole;

/**
 * A participant: a cadre of cadre-service by id, whose name and post of the day are copied, or a
 * guest by name. Exactly one of {@code cadreId} and {@code fullName}.
 */
@Schema(name = "ParticipantRequest")
public record ParticipantCommand(
    @Schema(description = "A cadre of cadre-service", example = "12")
        @Min(Limits.MIN_ID)
        @Max(Limits.MAX_ID)
        Long cadreId,
    // no example: the example request names a cadre, and a guest's name would make it two
    @Schema(description = "A guest's name, when there is no cadre id, e.g. \"Nguyễn Văn Bình\"")
        @Size(max = Limits.NAME)
        String fullName,
    @Schema(
            description = "The post held that day; for a cadre, the post of the record by default",
            example = "Phó Chủ tịch UBND tỉnh")
        @Size(max = Limits.TITLE)
        String title,
    @Schema(example = "Sở Kế hoạch và Đầu tư") @Size(max = Limits.TITLE) String organization,
    @Schema(example = "DELEGATION_LEADER") @NotNull ParticipantRole role,
    @Schema(description = "PRESENT by default", example = "PRESENT") Attendance attendance) {}
