package vn.khaosat.survey.service.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.survey.domain.Limits;

/** An item of the agenda. */
@Schema(name = "AgendaItemRequest")
public record AgendaItemCommand(
    @Schema(example = "Báo cáo kết quả thực hiện Nghị quyết Đại hội Đảng bộ huyện 2015-2020")
        @NotBlank
        @Size(max = Limits.AGENDA_TITLE)
        String title) {}
