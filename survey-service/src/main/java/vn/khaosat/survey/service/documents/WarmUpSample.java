package vn.khaosat.survey.service.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.khaosat.survey.service.documents.SessionDocument.DirectiveLine;
import vn.khaosat.survey.service.documents.SessionDocument.FindingLine;
import vn.khaosat.survey.service.documents.SessionDocument.Person;
import vn.khaosat.survey.service.documents.SessionDocument.StatementLine;

/** A small session touching every part of the layout and all four font faces, for the warm-up. */
final class WarmUpSample {

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
        null,
        null,
        chair,
        null,
        List.of(),
        List.of("Lưu"));
  }
}
