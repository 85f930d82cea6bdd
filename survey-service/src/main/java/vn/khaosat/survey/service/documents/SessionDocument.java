package vn.khaosat.survey.service.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything the minutes (biên bản) and the notice of conclusions (thông báo kết luận) of a survey
 * session show, already worded in Vietnamese: official documents are Vietnamese whatever the
 * caller's language. Nullable fields are left out of the document when null.
 *
 * @param superiorBody the body above the issuer, first header line top left, e.g. "TỈNH ỦY ĐẮK
 *     NÔNG" (nullable)
 * @param leadingBody the issuing body, e.g. "Tiểu ban Nội dung Đại hội XII Đảng bộ tỉnh"
 * @param minutesNumber number and symbol of the minutes, e.g. "05-BB/TBND" (nullable: "Số: -BB")
 * @param noticeNumber number and symbol of the notice, e.g. "12-TB/TBND" (nullable)
 * @param issuePlace the place of the date line, e.g. "Đắk Song"
 * @param title what the session was, e.g. "Khảo sát kết quả thực hiện Nghị quyết Đại hội…"
 * @param startsAt when the session began, in Asia/Ho_Chi_Minh
 * @param endsAt when it ended (nullable)
 * @param place where it was held
 * @param hostUnitName e.g. "Huyện Đắk Song"
 * @param hostBody the body the delegation met, e.g. "Ban Thường vụ Huyện ủy Đắk Song"
 * @param reviewedTerm e.g. "2015-2020"
 * @param plannedTerm e.g. "2020-2025"
 * @param conclusion the leader's conclusion (nullable before the session is concluded)
 * @param concludedBy who concluded (nullable)
 * @param dossier what the delegation had in hand (nullable when no dossier was taken)
 * @param secretary signs the minutes as "THƯ KÝ" (nullable before signing)
 * @param chair signs the minutes as "CHỦ TRÌ" and the notice for the delegation (nullable)
 * @param signedAt when the minutes were signed (nullable: the documents then say "DỰ THẢO")
 */
public record SessionDocument(
    String superiorBody,
    String leadingBody,
    String minutesNumber,
    String noticeNumber,
    String issuePlace,
    String title,
    OffsetDateTime startsAt,
    OffsetDateTime endsAt,
    String place,
    String purpose,
    String hostUnitName,
    String hostBody,
    String reviewedTerm,
    String plannedTerm,
    List<Person> participants,
    List<String> agenda,
    List<StatementLine> statements,
    List<FindingLine> findings,
    String conclusion,
    Person concludedBy,
    List<DirectiveLine> directives,
    DossierLine dossier,
    Person secretary,
    Person chair,
    OffsetDateTime signedAt,
    List<AmendmentLine> amendments,
    List<String> recipients) {

  /**
   * A participant. {@code roleLabel} is e.g. "Trưởng đoàn", {@code attendanceLabel} "Có mặt";
   * {@code delegation} is true for the delegation's side, false for the host and guests.
   */
  public record Person(
      String fullName,
      String title,
      String organization,
      String roleLabel,
      boolean delegation,
      boolean present,
      String attendanceLabel) {}

  /** A statement in order; {@code replyTo} is the position of the statement it answers. */
  public record StatementLine(
      int position,
      String speakerName,
      String speakerTitle,
      String kindLabel,
      Integer replyTo,
      String text) {}

  /** A finding: {@code kindLabel} is "Ưu điểm", "Hạn chế" or "Nguyên nhân". */
  public record FindingLine(String kind, String kindLabel, String text, String targetLabel) {}

  /** A directive with its owner and deadline. */
  public record DirectiveLine(
      int position, String text, String responsibleBody, LocalDate deadline, String statusLabel) {}

  /** The dossier in words: e.g. "3/4 vượt, 1/4 chưa đạt", and what could not be fetched. */
  public record DossierLine(
      OffsetDateTime takenAt,
      String scorecard,
      List<String> predecessors,
      String vetting,
      List<String> missing,
      List<ChartLine> charts) {}

  /**
   * A chart of the dossier: its caption, and its SVG (checked by {@code TrustedSvg}) or, when it
   * could not be drawn, the note shown in its place.
   */
  public record ChartLine(String caption, String svg, String note) {}

  /** A correction made after signing. */
  public record AmendmentLine(
      OffsetDateTime createdAt, String author, String section, String text, String reason) {}
}
