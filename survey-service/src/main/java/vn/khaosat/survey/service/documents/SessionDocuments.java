package vn.khaosat.survey.service.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.khaosat.problem.Messages;
import vn.khaosat.survey.domain.dossier.Dossier;
import vn.khaosat.survey.domain.sessions.Attendance;
import vn.khaosat.survey.domain.sessions.Participant;
import vn.khaosat.survey.domain.sessions.SurveySession;
import vn.khaosat.survey.service.SessionAccess;
import vn.khaosat.survey.service.documents.SessionDocument.AmendmentLine;
import vn.khaosat.survey.service.documents.SessionDocument.DirectiveLine;
import vn.khaosat.survey.service.documents.SessionDocument.FindingLine;
import vn.khaosat.survey.service.documents.SessionDocument.Person;
import vn.khaosat.survey.service.documents.SessionDocument.StatementLine;

/** A session and its latest dossier, worded for the official documents (always Vietnamese). */
@ApplicationScoped
public class SessionDocuments {

  private static final List<String> UNIT_PREFIXES =
      List.of("Thành phố ", "Thị xã ", "Thị trấn ", "Huyện ", "Tỉnh ", "Phường ", "Xã ");

  private final SessionAccess access;
  private final DossierCharts charts;

  public SessionDocuments(SessionAccess access, DossierCharts charts) {
    this.access = access;
    this.charts = charts;
  }

  public SessionDocument of(long sessionId) {
    SurveySession s = access.find(sessionId);
    Dossier dossier = Dossier.latestOf(sessionId).orElse(null);
    return new SessionDocument(
        s.superiorBody,
        s.leadingBody,
        s.minutesNumber,
        s.noticeNumber,
        issuePlace(s.hostUnitName),
        s.title,
        s.startsAt,
        s.endsAt,
        s.place,
        s.purpose,
        s.hostUnitName,
        s.hostBody,
        s.reviewedTerm,
        s.plannedTerm,
        s.participants.stream().map(SessionDocuments::person).toList(),
        s.agenda.stream().map(a -> a.title).toList(),
        s.statements.stream()
            .map(
                st ->
                    new StatementLine(
                        st.position,
                        st.speaker.fullName,
                        st.speaker.title,
                        label(st.kind),
                        st.replyTo == null ? null : st.replyTo.position,
                        st.text))
            .toList(),
        s.findings.stream()
            .map(f -> new FindingLine(f.kind.name(), label(f.kind), f.text, f.targetLabel))
            .toList(),
        s.conclusionText,
        person(s.concludedBy),
        s.directives.stream()
            .map(
                d ->
                    new DirectiveLine(
                        d.position, d.text, d.responsibleBody, d.deadline, label(d.status)))
            .toList(),
        DossierLines.of(dossier, charts.of(dossier)),
        person(s.secretary),
        person(s.chair),
        s.signedAt,
        s.amendments.stream()
            .map(a -> new AmendmentLine(a.createdAt, a.author, label(a.section), a.text, a.reason))
            .toList(),
        recipients(s));
  }

  /** "Huyện Đắk Song" is dated "Đắk Song, ngày …". */
  static String issuePlace(String unitName) {
    for (String prefix : UNIT_PREFIXES) {
      if (unitName.startsWith(prefix)) {
        return unitName.substring(prefix.length());
      }
    }
    return unitName;
  }

  /** The superior body for its report, the host and every responsible body to act, the file. */
  static List<String> recipients(SurveySession s) {
    List<String> recipients = new ArrayList<>();
    if (s.superiorBody != null) {
      recipients.add("Thường trực " + s.superiorBody + " (để báo cáo)");
    }
    Set<String> actors = new LinkedHashSet<>();
    actors.add(s.hostBody);
    s.directives.forEach(d -> actors.add(d.responsibleBody));
    actors.forEach(a -> recipients.add(a + " (để thực hiện)"));
    recipients.add("Các thành viên Đoàn công tác");
    recipients.add("Lưu " + s.leadingBody);
    return recipients;
  }

  private static Person person(Participant p) {
    if (p == null) {
      return null;
    }
    return new Person(
        p.fullName,
        p.title,
        p.organization,
        label(p.role),
        p.role.delegation(),
        p.attendance == Attendance.PRESENT,
        label(p.attendance));
  }

  /** An enum's label, as the bundle words it: {@code enum.ParticipantRole.SECRETARY}. */
  static String label(Enum<?> value) {
    String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    return Messages.format(Messages.VIETNAMESE, key);
  }
}
