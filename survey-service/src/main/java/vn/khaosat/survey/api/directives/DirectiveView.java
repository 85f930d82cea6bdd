package vn.khaosat.survey.api.directives;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.survey.domain.Days;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.domain.directives.Directive;
import vn.khaosat.survey.domain.directives.DirectiveChange;
import vn.khaosat.survey.domain.directives.DirectiveStatus;

/** A directive with its owner, deadline, status and, in detail, every change of status. */
@Schema(name = "Directive")
public record DirectiveView(
    @Schema(required = true, example = "1") long id,
    @Schema(required = true, example = "1") long sessionId,
    @Schema(required = true, example = "665", maxLength = Limits.UNIT_CODE) String hostUnitCode,
    @Schema(required = true, example = "1") int position,
    @Schema(required = true, maxLength = Limits.DIRECTIVE) String text,
    @Schema(required = true, example = "Ban Thường vụ Huyện ủy Đắk Song", maxLength = Limits.NAME)
        String responsibleBody,
    @Schema(required = true, example = "665", maxLength = Limits.UNIT_CODE)
        String responsibleUnitCode,
    @Schema(required = true, example = "2020-03-31") LocalDate deadline,
    @Schema(required = true, example = "OPEN") DirectiveStatus status,
    @Schema(
            required = true,
            description = "Open or in progress after its deadline",
            example = "true")
        boolean overdue,
    @Schema(maxLength = Limits.NOTE) String evidence,
    @Schema(required = true) OffsetDateTime updatedAt,
    @Schema(
            description = "Only when one directive is read, oldest first",
            maxItems = Limits.DIRECTIVE_CHANGES)
        List<Change> changes,
    @Schema(required = true, example = "0") long version) {

  public static DirectiveView of(Directive d) {
    return of(d, null, Days.today());
  }

  /** The directive as seen on {@code today}, which decides "overdue". */
  public static DirectiveView of(Directive d, List<DirectiveChange> changes, LocalDate today) {
    return new DirectiveView(
        d.id,
        d.session.id,
        d.session.hostUnitCode,
        d.position,
        d.text,
        d.responsibleBody,
        d.responsibleUnitCode,
        d.deadline,
        d.status,
        d.overdueOn(today),
        d.evidence,
        d.updatedAt,
        changes == null ? null : changes.stream().map(Change::of).toList(),
        d.version);
  }

  /** One change of status, with who made it, when, the note and the evidence. */
  @Schema(name = "DirectiveChange")
  public record Change(
      @Schema(required = true) OffsetDateTime changedAt,
      @Schema(example = "thu-ky", maxLength = Limits.NAME) String changedBy,
      @Schema(required = true, example = "OPEN") DirectiveStatus fromStatus,
      @Schema(required = true, example = "DONE") DirectiveStatus toStatus,
      @Schema(maxLength = Limits.NOTE) String note,
      @Schema(maxLength = Limits.NOTE) String evidence) {

    static Change of(DirectiveChange c) {
      return new Change(c.changedAt, c.changedBy, c.fromStatus, c.toStatus, c.note, c.evidence);
    }
  }
}
