package vn.khaosat.survey.service.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import vn.khaosat.survey.service.documents.SessionDocument.AmendmentLine;
import vn.khaosat.survey.service.documents.SessionDocument.DirectiveLine;
import vn.khaosat.survey.service.documents.SessionDocument.DossierLine;
import vn.khaosat.survey.service.documents.SessionDocument.FindingLine;
import vn.khaosat.survey.service.documents.SessionDocument.Person;
import vn.khaosat.survey.service.documents.SessionDocument.StatementLine;

/**
 * Sessions for the document tests, modelled on the delegation of the provincial congress's content
 * subcommittee to Đắk Song on 28 November 2019. Names other than the four in the press report are
 * made up.
 */
final class SeedSessions {

  static final ZoneOffset ICT = ZoneOffset.ofHours(7);
  static final OffsetDateTime STARTS = OffsetDateTime.of(2019, 11, 28, 8, 0, 0, 0, ICT);
  static final OffsetDateTime SIGNED = OffsetDateTime.of(2019, 12, 2, 14, 0, 0, 0, ICT);

  static final Person LEADER =
      delegation(
          "Hà Trung Ký",
          "Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
          "Tiểu ban Nội dung Đại hội XII Đảng bộ tỉnh",
          "Trưởng đoàn");
  static final Person VICE_CHAIR =
      delegation(
          "Trương Thanh Tùng",
          "Phó Chủ tịch UBND tỉnh",
          "Ủy ban nhân dân tỉnh Đắk Nông",
          "Thành viên");
  static final Person DEPARTMENT =
      delegation(
          "Đinh Công Minh",
          "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn",
          "Sở Nông nghiệp và Phát triển nông thôn",
          "Thành viên");
  static final Person SECRETARY =
      delegation(
          "Nguyễn Thị Mỹ Hạnh", "Chuyên viên Văn phòng Tỉnh ủy", "Văn phòng Tỉnh ủy", "Thư ký");
  static final Person HOST_CHAIR =
      host("Phan Văn Hợp", "Bí thư Huyện ủy Đắk Song", "Huyện ủy Đắk Song", "Chủ trì phía huyện");
  static final Person DEPUTY =
      host("Lê Văn Phúc", "Phó Bí thư Thường trực Huyện ủy", "Huyện ủy Đắk Song", "Thành viên");
  static final Person ORGANISATION =
      new Person(
          "Vũ Đức Thắng",
          "Trưởng Ban Tổ chức Huyện ủy",
          "Huyện ủy Đắk Song",
          "Thành viên",
          false,
          false,
          "Vắng có lý do");
  static final Person ENTERPRISE =
      host(
          "Hoàng Minh Tuấn", "Giám đốc", "Công ty TNHH Nông sản Nam Bình", "Đại diện doanh nghiệp");

  static final String PROPOSAL =
      "Đề nghị tỉnh bố trí lực lượng kỹ thuật sẵn sàng cập nhật dữ liệu rừng ở cơ sở.";

  static final List<DirectiveLine> DIRECTIVES =
      List.of(
          new DirectiveLine(
              1,
              "Rà soát lại chất lượng đội ngũ nhân sự cấp ủy các cấp nhiệm kỳ tới, bảo đảm tiêu"
                  + " chuẩn, quy định, đáp ứng yêu cầu phát triển của huyện.",
              "Ban Thường vụ Huyện ủy Đắk Song",
              LocalDate.of(2020, 3, 31),
              "Mở"),
          new DirectiveLine(
              2,
              "Tập trung xây dựng hệ thống chính trị cơ sở vững mạnh; tiếp tục sắp xếp, tinh gọn"
                  + " bộ máy, hoạt động hiệu lực, hiệu quả.",
              "Huyện ủy Đắk Song",
              LocalDate.of(2020, 6, 30),
              "Mở"),
          new DirectiveLine(
              3,
              "Là huyện biên giới, tăng cường xây dựng, củng cố nền quốc phòng - an ninh vững chắc.",
              "Ủy ban nhân dân huyện Đắk Song",
              LocalDate.of(2020, 12, 31),
              "Mở"),
          new DirectiveLine(
              4,
              "Từ nay đến đại hội, tăng cường giải quyết khiếu nại tố cáo.",
              "Ủy ban Kiểm tra Huyện ủy Đắk Song",
              LocalDate.of(2020, 4, 30),
              "Mở"));

  static final List<String> RECIPIENTS =
      List.of(
          "Thường trực Tỉnh ủy (để báo cáo)",
          "Tiểu ban Nội dung Đại hội XII Đảng bộ tỉnh",
          "Ban Thường vụ Huyện ủy Đắk Song",
          "Các thành viên Đoàn công tác",
          "Lưu Văn phòng Tỉnh ủy");

  private SeedSessions() {}

  static List<Person> participants() {
    return List.of(
        LEADER, VICE_CHAIR, DEPARTMENT, SECRETARY, HOST_CHAIR, DEPUTY, ORGANISATION, ENTERPRISE);
  }

  /** The session as held: concluded, numbered neither document, not yet signed. */
  static SessionDocument dakSong() {
    return session(statements(), DIRECTIVES, null, List.of());
  }

  /** The same session once its minutes are signed and numbered. */
  static SessionDocument signed() {
    return session(statements(), DIRECTIVES, SIGNED, List.of());
  }

  static SessionDocument signedWithAmendment() {
    AmendmentLine amendment =
        new AmendmentLine(
            OffsetDateTime.of(2019, 12, 5, 9, 15, 0, 0, ICT),
            "Nguyễn Thị Mỹ Hạnh",
            "Nhiệm vụ",
            "Thời hạn nhiệm vụ 4 sửa thành 30/04/2020.",
            "Ghi nhầm thời hạn khi lập biên bản.");
    return session(statements(), DIRECTIVES, SIGNED, List.of(amendment));
  }

  /** A long session: {@code statements} statements and {@code directives} directives. */
  static SessionDocument large(int statements, int directives) {
    List<StatementLine> lines = new ArrayList<>(statements());
    for (int i = lines.size() + 1; i <= statements; i++) {
      Person speaker = participants().get(i % participants().size());
      lines.add(
          new StatementLine(
              i,
              speaker.fullName(),
              speaker.title(),
              "Ý kiến",
              null,
              "Ý kiến số "
                  + i
                  + ": đề nghị huyện tiếp tục chỉ đạo quyết liệt, phát huy tiềm"
                  + " năng, thế mạnh của địa phương, tháo gỡ khó khăn cho sản xuất."));
    }
    List<DirectiveLine> many =
        IntStream.rangeClosed(1, directives)
            .mapToObj(
                i ->
                    new DirectiveLine(
                        i,
                        "Nhiệm vụ số " + i + ": tổ chức thực hiện và báo cáo kết quả.",
                        "Phòng ban số " + i + " huyện Đắk Song",
                        LocalDate.of(2020, 1, 1).plusDays(i),
                        "Mở"))
            .toList();
    return session(lines, many, null, List.of());
  }

  /** The seed session with other statements, e.g. one carrying markup. */
  static SessionDocument withStatements(List<StatementLine> statements) {
    return session(statements, DIRECTIVES, null, List.of());
  }

  static SessionDocument startingAt(OffsetDateTime startsAt) {
    SessionDocument d = dakSong();
    return new SessionDocument(
        d.superiorBody(),
        d.leadingBody(),
        d.minutesNumber(),
        d.noticeNumber(),
        d.issuePlace(),
        d.title(),
        startsAt,
        startsAt.plusHours(3),
        d.place(),
        d.purpose(),
        d.hostUnitName(),
        d.hostBody(),
        d.reviewedTerm(),
        d.plannedTerm(),
        d.participants(),
        d.agenda(),
        d.statements(),
        d.findings(),
        d.conclusion(),
        d.concludedBy(),
        d.directives(),
        d.dossier(),
        d.secretary(),
        d.chair(),
        d.signedAt(),
        d.amendments(),
        d.recipients());
  }

  static List<StatementLine> statements() {
    return List.of(
        said(1, HOST_CHAIR, "Báo cáo", null, REPORT),
        said(
            2,
            VICE_CHAIR,
            "Ý kiến",
            null,
            "Đề nghị Đắk Song có định hướng, giải pháp phù hợp, tổ chức các khâu sản xuất để khai"
                + " thác, phát huy các tiềm năng của địa phương."),
        said(
            3,
            LEADER,
            "Câu hỏi",
            null,
            "Đề nghị huyện làm rõ tình trạng và dấu hiệu mất đoàn kết nội bộ còn diễn ra ở đâu,"
                + " đã xử lý thế nào."),
        said(
            4,
            HOST_CHAIR,
            "Giải trình",
            3,
            "Trong nhiệm kỳ 2020-2025, huyện xác định \"3 tập trung\": xây dựng, chỉnh đốn Đảng"
                + " và hệ thống chính trị; xây dựng kết cấu hạ tầng đồng bộ; phát triển kinh tế,"
                + " nhất là nông nghiệp bền vững."),
        said(
            5,
            DEPARTMENT,
            "Ý kiến",
            null,
            "Các sở, ban, ngành sẽ phối hợp giúp huyện khắc phục hạn chế, khai thác hiệu quả"
                + " tiềm năng, thế mạnh."),
        said(6, ENTERPRISE, "Kiến nghị", null, PROPOSAL),
        said(7, LEADER, "Kết luận", null, CONCLUSION));
  }

  private static final String REPORT =
      "Giai đoạn 2016-2019, tình hình kinh tế - xã hội của huyện đạt khá. Tốc độ tăng trưởng"
          + " bình quân 11,4%; thu ngân sách Nhà nước trên địa bàn năm 2019 tăng 137,3% so với"
          + " năm 2015; thu nhập bình quân đầu người ước 44 triệu đồng/người/năm.";

  static final String CONCLUSION =
      "Đảng bộ huyện Đắk Song cần có đánh giá đúng, sát thực, phân tích, so sánh, chỉ rõ nguyên"
          + " nhân khách quan, chủ quan về những chỉ tiêu, mục tiêu vượt, đạt, chưa đạt và không"
          + " đạt để có giải pháp tăng cường lãnh đạo, chỉ đạo, tổ chức thực hiện. Về phương hướng"
          + " giai đoạn 2020-2025, huyện cần tập trung đột phá vào công tác cán bộ.";

  private static List<FindingLine> findings() {
    return List.of(
        new FindingLine(
            "LIMITATION",
            "Hạn chế",
            "Kinh tế tăng trưởng chưa bền vững, chuyển dịch cơ cấu kinh tế còn chậm.",
            null),
        new FindingLine(
            "STRENGTH",
            "Ưu điểm",
            "Tốc độ tăng trưởng bình quân 11,4%.",
            "Tốc độ tăng trưởng bình quân đạt 10%/năm trở lên"),
        new FindingLine(
            "STRENGTH",
            "Ưu điểm",
            "Thu ngân sách Nhà nước năm 2019 tăng 137,3% so với năm 2015.",
            null),
        new FindingLine(
            "LIMITATION",
            "Hạn chế",
            "Công tác quản lý, bảo vệ, phát triển rừng chưa bền vững, hiệu quả còn thấp.",
            null),
        new FindingLine(
            "LIMITATION",
            "Hạn chế",
            "Việc nắm bắt diễn biến tư tưởng, dư luận xã hội chưa kịp thời; tính chiến đấu, tự"
                + " phê bình và phê bình trong sinh hoạt Đảng chưa cao.",
            null),
        new FindingLine(
            "CAUSE",
            "Nguyên nhân",
            "Chưa chỉ rõ nguyên nhân chủ quan của những chỉ tiêu chưa đạt.",
            null));
  }

  private static SessionDocument session(
      List<StatementLine> statements,
      List<DirectiveLine> directives,
      OffsetDateTime signedAt,
      List<AmendmentLine> amendments) {
    boolean signed = signedAt != null;
    return new SessionDocument(
        "TỈNH ỦY ĐẮK NÔNG",
        "Tiểu ban Nội dung Đại hội XII Đảng bộ tỉnh",
        signed ? "05-BB/TBND" : null,
        signed ? "12-TB/TBND" : null,
        "Đắk Song",
        "Khảo sát kết quả thực hiện Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội Đảng bộ"
            + " huyện nhiệm kỳ 2015-2020",
        STARTS,
        STARTS.withHour(11).withMinute(30),
        "Hội trường Huyện ủy Đắk Song",
        "Khảo sát kết quả thực hiện Nghị quyết Đại hội XII của Đảng gắn với Nghị quyết Đại hội XI"
            + " Đảng bộ tỉnh và Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2015-2020.",
        "Huyện Đắk Song",
        "Ban Thường vụ Huyện ủy Đắk Song",
        "2015-2020",
        "2020-2025",
        participants(),
        List.of(
            "Ban Thường vụ Huyện ủy báo cáo kết quả thực hiện nghị quyết",
            "Thành viên Đoàn công tác và đại biểu phát biểu ý kiến",
            "Trưởng đoàn kết luận"),
        statements,
        findings(),
        CONCLUSION,
        LEADER,
        directives,
        new DossierLine(
            OffsetDateTime.of(2019, 11, 27, 16, 0, 0, 0, ICT),
            "3/4 vượt, 1/4 chưa đạt",
            List.of(),
            "33 ứng viên: 30 đủ điều kiện, 2 có lưu ý, 1 không đủ điều kiện",
            List.of("Kết quả lấy phiếu tín nhiệm: hệ thống cán bộ không phản hồi"),
            List.of()),
        SECRETARY,
        LEADER,
        signedAt,
        amendments,
        RECIPIENTS);
  }

  private static StatementLine said(
      int position, Person speaker, String kind, Integer replyTo, String text) {
    return new StatementLine(position, speaker.fullName(), speaker.title(), kind, replyTo, text);
  }

  private static Person delegation(String name, String title, String organization, String role) {
    return new Person(name, title, organization, role, true, true, "Có mặt");
  }

  private static Person host(String name, String title, String organization, String role) {
    return new Person(name, title, organization, role, false, true, "Có mặt");
  }
}
