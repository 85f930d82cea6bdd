package vn.khaosat.survey.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.survey.domain.Participant;
import vn.khaosat.survey.domain.SessionStatus;
import vn.khaosat.survey.domain.SurveySession;

/** A survey session with everything recorded in it. */
@Schema(name = "SurveySession")
public record SessionView(
    @Schema(example = "1") long id,
    String title,
    @Schema(example = "Tỉnh ủy Đắk Nông") String superiorBody,
    @Schema(example = "Tiểu ban Nội dung Đại hội XII Đảng bộ tỉnh") String leadingBody,
    @Schema(example = "665") String hostUnitCode,
    @Schema(example = "Huyện Đắk Song") String hostUnitName,
    @Schema(example = "Ban Thường vụ Huyện ủy Đắk Song") String hostBody,
    OffsetDateTime startsAt,
    OffsetDateTime endsAt,
    String place,
    String purpose,
    @Schema(example = "2015-2020") String reviewedTerm,
    @Schema(example = "2020-2025") String plannedTerm,
    @Schema(example = "05-BB/TBND") String minutesNumber,
    @Schema(example = "12-TB/TBND") String noticeNumber,
    @Schema(example = "HELD") SessionStatus status,
    List<ParticipantView> participants,
    List<AgendaItemView> agenda,
    List<StatementView> statements,
    List<FindingView> findings,
    Conclusion conclusion,
    List<DirectiveView> directives,
    Signature signature,
    @Schema(description = "Corrections made after signing, oldest first")
        List<AmendmentView> amendments,
    @Schema(example = "3") long version) {

  public static SessionView of(SurveySession s) {
    return new SessionView(
        s.id,
        s.title,
        s.superiorBody,
        s.leadingBody,
        s.hostUnitCode,
        s.hostUnitName,
        s.hostBody,
        s.startsAt,
        s.endsAt,
        s.place,
        s.purpose,
        s.reviewedTerm,
        s.plannedTerm,
        s.minutesNumber,
        s.noticeNumber,
        s.status,
        s.participants.stream().map(ParticipantView::of).toList(),
        s.agenda.stream().map(AgendaItemView::of).toList(),
        s.statements.stream().map(StatementView::of).toList(),
        s.findings.stream().map(FindingView::of).toList(),
        s.conclusionText == null ? null : new Conclusion(s.conclusionText, ref(s.concludedBy)),
        s.directives.stream().map(DirectiveView::of).toList(),
        s.signedAt == null
            ? null
            : new Signature(ref(s.secretary), ref(s.chair), s.signedAt, s.signedBy),
        s.amendments.stream().map(AmendmentView::of).toList(),
        s.version);
  }

  private static PersonRef ref(Participant p) {
    return p == null ? null : new PersonRef(p.id, p.fullName);
  }

  /** A participant named by id and name. */
  public record PersonRef(@Schema(example = "1") long participantId, String fullName) {}

  /** The leader's conclusion. */
  @Schema(name = "Conclusion")
  public record Conclusion(String text, PersonRef concludedBy) {}

  /** Who signed the minutes, when, and which user recorded it. */
  @Schema(name = "Signature")
  public record Signature(
      PersonRef secretary, PersonRef chair, OffsetDateTime signedAt, String recordedBy) {}
}
