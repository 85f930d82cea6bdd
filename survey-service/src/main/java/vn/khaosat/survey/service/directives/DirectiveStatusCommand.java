package vn.khaosat.survey.service.directives;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.domain.directives.DirectiveStatus;

/** A change of a directive's status, with a note and the evidence; DONE needs evidence. */
@Schema(name = "DirectiveStatusChange")
public record DirectiveStatusCommand(
    @Schema(example = "DONE") @NotNull DirectiveStatus status,
    @Schema(example = "Đã rà soát 33 nhân sự cấp ủy") @Size(max = Limits.NOTE) String note,
    @Schema(
            description = "What shows the progress: a document number, a link",
            example = "Báo cáo số 120-BC/HU ngày 15/3/2020")
        @Size(max = Limits.NOTE)
        String evidence) {}
