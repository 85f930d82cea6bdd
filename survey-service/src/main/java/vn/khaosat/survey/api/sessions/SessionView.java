package vn.khaosat.survey.api.sessions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.survey.api.content.AgendaItemView;
import vn.khaosat.survey.api.content.FindingView;
import vn.khaosat.survey.api.content.StatementView;
import vn.khaosat.survey.api.directives.DirectiveView;
import vn.khaosat.survey.api.participants.ParticipantView;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.domain.sessions.Participant;
import vn.khaosat.survey.domain.sessions.SessionStatus;
import vn.khaosat.survey.domain.sessions.SurveySession;

/** A survey session with everything recorded in it. */
@Schema(name = "SurveySession")
public record SessionView(
    @Schema(required = true, example = "1") long id,
    @Schema(required = true, maxLength = Limits.TITLE) String title,
    @Schema(example = "Tỉnh ủy Đắk Nông", maxLength = Limits.NAME) String superiorBody,
    @Schema(
            required = true,
            example = "Tiểu ban Nội dung Đại hội XII Đảng bộ tỉnh",
            maxLength = Limits.NAME)
        String leadingBody,
    @Schema(required = true, example = "665", maxLength = Limits.UNIT_CODE) String hostUnitCode,
    @Schema(required = true, example = "Huyện Đắk Song", maxLength = Limits.NAME)
        String hostUnitName,
    @Schema(required = true, example = "Ban Thường vụ Huyện ủy Đắk Song", maxLength = Limits.NAME)
        String hostBody,
    @Schema(required = true) OffsetDateTime startsAt,
    OffsetDateTime endsAt,
    @Schema(required = true, maxLength = Limits.TITLE) String place,
    @Schema(required = true, maxLength = Limits.PURPOSE) String purpose,
    @Schema(required = true, example = "2015-2020", maxLength = Limits.TERM) String reviewedTerm,
    @Schema(required = true, example = "2020-2025", maxLength = Limits.TERM) String plannedTerm,
    @Schema(example = "05-BB/TBND", maxLength = Limits.DOCUMENT_NUMBER) String minutesNumber,
    @Schema(example = "12-TB/TBND", maxLength = Limits.DOCUMENT_NUMBER) String noticeNumber,
    @Schema(required = true, example = "HELD") SessionStatus status,
    @Schema(required = true, maxItems = Limits.PARTICIPANTS) List<ParticipantView> participants,
    @Schema(required = true, maxItems = Limits.AGENDA_ITEMS) List<AgendaItemView> agenda,
    @Schema(required = true, maxItems = Limits.STATEMENTS) List<StatementView> statements,
    @Schema(required = true, maxItems = Limits.FINDINGS) List<FindingView> findings,
    Conclusion conclusion,
    @Schema(required = true, maxItems = Limits.DIRECTIVES) List<DirectiveView> directives,
    Signature signature,
    @Schema(
            required = true,
            description = "Corrections made after signing, oldest first",
            maxItems = Limits.AMENDMENTS)
        List<AmendmentView> amendments,
    @Schema(required = true, example = "3") long version) {

  /** The session as seen on {@code today}, which decides its directives' "overdue". */
  public static SessionView of(SurveySession s, LocalDate today) {
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
        s.directives.stream().map(d -> DirectiveView.of(d, null, today)).toList(),
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
  public record PersonRef(
      @Schema(required = true, example = "1") long participantId,
      @Schema(required = true, example = "Hà Trung Ký", maxLength = Limits.NAME) String fullName) {}

  /** The leader's conclusion. */
  @Schema(name = "Conclusion")
  public record Conclusion(
      @Schema(required = true, maxLength = Limits.CONCLUSION) String text,
      @Schema(required = true) PersonRef concludedBy) {}

  /** Who signed the minutes, when, and which user recorded it. */
  @Schema(name = "Signature")
  public record Signature(
      @Schema(required = true) PersonRef secretary,
      @Schema(required = true) PersonRef chair,
      @Schema(required = true) OffsetDateTime signedAt,
      @Schema(description = "The user who recorded the signing", maxLength = Limits.NAME)
          String recordedBy) {}
}
