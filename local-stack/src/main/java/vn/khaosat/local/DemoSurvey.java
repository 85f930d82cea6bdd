package vn.khaosat.local;

import java.io.IOException;

/**
 * The survey session of the seed report: the delegation of the provincial congress's content
 * subcommittee with the standing committee of Đắk Song district on 28 November 2019. Participants
 * are recorded as the report names them (public office holders, by name and office only; the
 * secretary is fictional); statements, findings and the conclusion follow the report, and the
 * directives are its conclusion's tasks, with illustrative deadlines. It is signed, so the minutes
 * and notice come out final.
 */
final class DemoSurvey {

  private static final String[][] STATEMENTS = {
    // speaker (participant index), kind, text
    {
      "3",
      "REPORT",
      "Giai đoạn 2016-2019, tình hình kinh tế - xã hội của huyện đạt khá. Tốc độ tăng"
          + " trưởng bình quân 11,4%; thu ngân sách bình quân hằng năm tăng 8,8%; thu nhập bình quân"
          + " đầu người ước 44 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm bình quân hằng năm 14,82%."
    },
    {
      "1",
      "OPINION",
      "Đề nghị Đắk Song có định hướng, giải pháp phù hợp, tổ chức các khâu sản xuất"
          + " để khai thác, phát huy các tiềm năng của địa phương."
    },
    {
      "4",
      "OPINION",
      "Đại diện các sở, ban, ngành của tỉnh thảo luận, đóng góp ý kiến, đưa ra giải"
          + " pháp giúp huyện khắc phục hạn chế, yếu kém, hoàn thành các chỉ tiêu nghị quyết."
    },
    {
      "5",
      "PROPOSAL",
      "Góp ý về quá trình đầu tư, kinh doanh và hướng phát triển trên địa bàn huyện."
    },
    {
      "3",
      "EXPLANATION",
      "Giải trình một số vấn đề đoàn khảo sát quan tâm. Nhiệm kỳ 2020-2025 huyện"
          + " xác định “3 tập trung”: xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kết cấu hạ tầng"
          + " đồng bộ, ưu tiên giao thông và điện; phát triển nông nghiệp bền vững."
    },
    {
      "0",
      "CONCLUSION",
      "Đảng bộ huyện cần đánh giá đúng, sát thực, chỉ rõ nguyên nhân khách quan,"
          + " chủ quan về những chỉ tiêu vượt, đạt, chưa đạt và không đạt; tập trung đột phá vào công"
          + " tác cán bộ."
    }
  };

  private static final String[][] DIRECTIVES = {
    {
      "Đánh giá đúng, sát thực, phân tích, so sánh, chỉ rõ nguyên nhân khách quan, chủ quan về những"
          + " chỉ tiêu, mục tiêu vượt, đạt, chưa đạt và không đạt",
      "2019-12-31"
    },
    {
      "Tăng cường nắm bắt tình hình tư tưởng cán bộ, đảng viên để có biện pháp củng cố kịp thời",
      "2020-03-31"
    },
    {
      "Rà soát lại chất lượng đội ngũ nhân sự cấp ủy các cấp nhiệm kỳ tới, bảo đảm tiêu chuẩn, quy"
          + " định, đáp ứng yêu cầu phát triển của huyện",
      "2020-03-31"
    },
    {
      "Xây dựng hệ thống chính trị cơ sở vững mạnh; tiếp tục sắp xếp, tinh gọn bộ máy theo các nghị"
          + " quyết của Trung ương, của tỉnh",
      "2020-06-30"
    },
    {
      "Là huyện biên giới, tăng cường xây dựng, củng cố nền quốc phòng - an ninh vững chắc",
      "2020-06-30"
    },
    {"Từ nay đến đại hội, tăng cường giải quyết khiếu nại, tố cáo", "2020-06-30"}
  };

  private final DemoClient gateway;

  DemoSurvey(DemoClient gateway) {
    this.gateway = gateway;
  }

  /** {@code growthTarget}: the growth target to tie the first finding to, when just created. */
  void load(Long growthTarget) throws IOException, InterruptedException {
    String found =
        gateway
            .call("GET", "/api/surveys?unit=665&from=2019-11-28&to=2019-11-28", null, 200)
            .body();
    if (!found.contains("\"totalItems\":0")) {
      System.out.println("Demo data: the survey session of 28/11/2019 is already loaded.");
      return;
    }
    long session =
        gateway.create(
            "/api/surveys",
            """
            {"title":"Khảo sát kết quả thực hiện Nghị quyết Đại hội XII của Đảng gắn với Nghị quyết\
             Đại hội XI Đảng bộ tỉnh và Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2015-2020",
             "superiorBody":"Tỉnh ủy Đắk Nông",
             "leadingBody":"Tiểu ban Nội dung Đại hội XII Đảng bộ tỉnh","hostUnitCode":"665",
             "hostBody":"Ban Thường vụ Huyện ủy Đắk Song",
             "startsAt":"2019-11-28T08:00:00+07:00","endsAt":"2019-11-28T11:30:00+07:00",
             "place":"Huyện ủy Đắk Song","purpose":"Khảo sát kết quả thực hiện Nghị quyết Đại hội\
             Đảng bộ huyện nhiệm kỳ 2015-2020 và chuẩn bị văn kiện, nhân sự nhiệm kỳ 2020-2025",
             "reviewedTerm":"2015-2020","plannedTerm":"2020-2025"}""");
    String base = "/api/surveys/" + session;
    long[] people = participants(base);
    gateway.call("POST", base + "/dossier", "", 201);
    gateway.call("POST", base + "/hold", "", 200);
    for (String[] s : STATEMENTS) {
      gateway.create(
          base + "/statements",
          """
          {"speakerId":%d,"kind":"%s","text":"%s"}"""
              .formatted(people[Integer.parseInt(s[0])], s[1], s[2]));
    }
    findings(base, growthTarget);
    gateway.call(
        "PUT",
        base + "/conclusion",
        """
        {"concludedById":%d,"text":"Về phương hướng giai đoạn 2020-2025, huyện cần tập trung đột\
         phá vào công tác cán bộ, trước mắt rà soát lại chất lượng đội ngũ nhân sự cấp ủy các cấp\
         nhiệm kỳ tới; xây dựng hệ thống chính trị cơ sở vững mạnh; củng cố quốc phòng - an ninh;\
         tăng cường giải quyết khiếu nại, tố cáo."}"""
            .formatted(people[0]),
        200);
    for (String[] d : DIRECTIVES) {
      gateway.create(
          base + "/directives",
          """
          {"text":"%s","responsibleBody":"Ban Thường vụ Huyện ủy Đắk Song",
           "responsibleUnitCode":"665","deadline":"%s"}"""
              .formatted(d[0], d[1]));
    }
    gateway.call("POST", base + "/conclude", "", 200);
    gateway.call(
        "POST",
        base + "/sign",
        "{\"secretaryId\":%d,\"chairId\":%d}".formatted(people[2], people[0]),
        200);
    System.out.println(
        "Demo data: survey session "
            + session
            + "; GET "
            + base
            + "/minutes with Accept:"
            + " application/pdf");
  }

  /** Leader, member, secretary, host chair, departments, enterprise: in that order. */
  private long[] participants(String base) throws IOException, InterruptedException {
    String[][] people = {
      {
        "Hà Trung Ký",
        "Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
        "DELEGATION_LEADER"
      },
      {"Trương Thanh Tùng", "Phó Chủ tịch UBND tỉnh", "DELEGATION_MEMBER"},
      {"Nguyễn Thị Thư (minh họa)", "Chuyên viên Văn phòng Tỉnh ủy", "SECRETARY"},
      {"Phan Văn Hợp", "Bí thư Huyện ủy Đắk Song", "HOST_CHAIR"},
      {"Đại diện các sở, ban, ngành của tỉnh", null, "GUEST"},
      {"Đại diện doanh nghiệp trên địa bàn huyện", null, "ENTERPRISE_REPRESENTATIVE"}
    };
    long[] ids = new long[people.length];
    for (int i = 0; i < people.length; i++) {
      String[] p = people[i];
      ids[i] =
          gateway.create(
              base + "/participants",
              """
              {"fullName":"%s",%s"role":"%s"}"""
                  .formatted(p[0], p[1] == null ? "" : "\"title\":\"" + p[1] + "\",", p[2]));
    }
    return ids;
  }

  private void findings(String base, Long growthTarget) throws IOException, InterruptedException {
    String[][] findings = {
      {"STRENGTH", "Kinh tế - xã hội đạt khá; tốc độ tăng trưởng bình quân 11,4%"},
      {
        "STRENGTH", "Kết cấu hạ tầng cải thiện đáng kể; chỉ tiêu nông thôn mới đạt và vượt kế hoạch"
      },
      {"STRENGTH", "Quốc phòng - an ninh, trật tự an toàn xã hội được giữ vững, ổn định"},
      {"LIMITATION", "Kinh tế tăng trưởng chưa bền vững, chuyển dịch cơ cấu kinh tế còn chậm"},
      {"LIMITATION", "Quản lý, bảo vệ, phát triển rừng chưa bền vững, hiệu quả còn thấp"},
      {"LIMITATION", "Tính chiến đấu, tự phê bình và phê bình chưa cao; còn dấu hiệu mất đoàn kết"}
    };
    for (int i = 0; i < findings.length; i++) {
      // the growth finding is tied to the growth target when this run created it
      String target = i == 0 && growthTarget != null ? ",\"targetId\":" + growthTarget : "";
      gateway.create(
          base + "/findings",
          "{\"kind\":\"%s\",\"text\":\"%s\"%s}".formatted(findings[i][0], findings[i][1], target));
    }
  }
}
