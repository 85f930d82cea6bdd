package vn.khaosat.survey.service.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.khaosat.survey.service.documents.SessionDocument.ChartLine;
import vn.khaosat.survey.service.documents.SessionDocument.DirectiveLine;
import vn.khaosat.survey.service.documents.SessionDocument.DossierLine;
import vn.khaosat.survey.service.documents.SessionDocument.FindingLine;
import vn.khaosat.survey.service.documents.SessionDocument.Person;
import vn.khaosat.survey.service.documents.SessionDocument.StatementLine;

/**
 * A small session touching every part of the layout, all four font faces and a chart, for the
 * warm-up.
 */
final class WarmUpSample {

  /**
   * A chart, so that the first document with one does not pay for loading Batik and the labels'
   * fonts (about five seconds on a busy machine).
   */
  private static final ChartLine CHART =
      new ChartLine(
          "Biểu đồ",
          "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"20\""
              + " viewBox=\"0 0 100 20\" font-size=\"12\"><rect width=\"40\" height=\"10\""
              + " fill=\"#1b7837\"/><text x=\"50\" y=\"15\" font-weight=\"bold\">Vượt</text>"
              + "</svg>",
          null);

  private WarmUpSample() {}

  static SessionDocument session() {
    OffsetDateTime start = OffsetDateTime.of(2019, 11, 28, 8, 0, 0, 0, ZoneOffset.ofHours(7));
    Person chair =
        new Person("Nguyễn Văn A", "Trưởng đoàn", "Tỉnh ủy", "Trưởng đoàn", true, true, "Có mặt");
    Person host =
        new Person("Trần Thị B", "Bí thư Huyện ủy", "Huyện ủy", "Chủ trì", false, true, "Có mặt");
    return new SessionDocument(
        "TỈNH ỦY",
        "Đoàn công tác",
        null,
        null,
        "Đắk Song",
        "Khảo sát",
        start,
        start.plusHours(3),
        "Hội trường",
        "khảo sát kết quả thực hiện nghị quyết",
        "Huyện",
        "Ban Thường vụ Huyện ủy",
        "2015-2020",
        "2020-2025",
        List.of(chair, host),
        List.of("Nghe báo cáo"),
        List.of(new StatementLine(1, host.fullName(), host.title(), "Báo cáo", null, "Ổn định.")),
        List.of(new FindingLine("STRENGTH", "Ưu điểm", "Tăng trưởng khá.", null)),
        "Tiếp tục thực hiện.",
        chair,
        List.of(new DirectiveLine(1, "Rà soát.", "Huyện ủy", LocalDate.of(2020, 1, 31), "Mở")),
        new DossierLine(start, "1/1 vượt", List.of(), null, List.of(), List.of(CHART)),
        null,
        chair,
        null,
        List.of(),
        List.of("Lưu"));
  }
}
