package vn.khaosat.local.soak;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/** The JSON and CSV bodies the soak sends. */
final class Bodies {

  static final String REVIEWED_TERM = "2015-2020";
  static final String PLANNED_TERM = "2020-2025";

  /** The years of the figures the users write and import, per indicator of the run. */
  static final int FIRST_YEAR = 2000;

  static final int LAST_YEAR = 2019;

  /** The years the users write one by one: the last five, which the imports rewrite too. */
  static final int FIRST_PUT_YEAR = 2015;

  private Bodies() {}

  static String unit(String code, String name, String level, String parent) {
    return """
        {"code":"%s","name":"%s","level":"%s",%s"validFrom":"1990-01-01"}"""
        .formatted(code, name, level, parent == null ? "" : "\"parentCode\":\"" + parent + "\",");
  }

  static String indicator(String code, int n) {
    return """
        {"code":"%s","name":"Chỉ tiêu thử tải %d","unitOfMeasure":"tỷ đồng",
         "direction":"HIGHER_IS_BETTER","priceBasis":"CURRENT","decimals":1}"""
        .formatted(code, n);
  }

  static String cadre(String name, String gender, String born, String unit, String religion) {
    return """
        {"fullName":"%s","gender":"%s","dateOfBirth":"%s","ethnicity":"Kinh","religion":"%s",
         "unitCode":"%s","theoryLevel":"ADVANCED","inSuccessionPlan":true,
         "assetDeclarationYears":[2019]}"""
        .formatted(name, gender, born, religion, unit);
  }

  /** Members or candidates: the first cadre in {@code firstRole}, the second deputy, the rest. */
  static String seats(String field, String roleField, List<Long> cadres, String firstRole) {
    StringBuilder seats = new StringBuilder();
    for (int i = 0; i < cadres.size(); i++) {
      String role = i == 0 ? firstRole : i == 1 ? "DEPUTY_SECRETARY" : "MEMBER";
      seats
          .append(i == 0 ? "" : ",")
          .append("{\"cadreId\":%d,\"%s\":\"%s\"}".formatted(cadres.get(i), roleField, role));
    }
    return "\"" + field + "\":[" + seats + "]";
  }

  static String committee(String unit, String name, List<Long> members) {
    return """
        {"unitCode":"%s","termCode":"%s","name":"%s",%s}"""
        .formatted(unit, REVIEWED_TERM, name, seats("members", "role", members, "SECRETARY"));
  }

  static String plan(long committee, String title, List<Long> candidates) {
    return """
        {"committeeId":%d,"ruleSetCode":"CT35-2019","referenceMonth":"2020-06","title":"%s",%s}"""
        .formatted(committee, title, seats("candidates", "proposedRole", candidates, "SECRETARY"));
  }

  static String session(String unit, String title) {
    return """
        {"title":"%s","superiorBody":"Tỉnh ủy thử tải","leadingBody":"Đoàn công tác thử tải",
         "hostUnitCode":"%s","hostBody":"Ban Thường vụ Huyện ủy","startsAt":"2019-11-28T08:00:00+07:00",
         "place":"Hội trường Huyện ủy","purpose":"Khảo sát dưới tải","reviewedTerm":"%s",
         "plannedTerm":"%s","minutesNumber":"05-BB/TBND","noticeNumber":"12-TB/TBND"}"""
        .formatted(title, unit, REVIEWED_TERM, PLANNED_TERM);
  }

  static String participant(String name, String role, String title) {
    return """
        {"fullName":"%s","role":"%s"%s}"""
        .formatted(name, role, title == null ? "" : ",\"title\":\"" + title + "\"");
  }

  static String conclusion(long leader, String text) {
    return "{\"text\":\"%s\",\"concludedById\":%d}".formatted(text, leader);
  }

  static String statement(long speaker, String text) {
    return "{\"speakerId\":%d,\"kind\":\"OPINION\",\"text\":\"%s\"}".formatted(speaker, text);
  }

  static String directive(String unit) {
    return """
        {"text":"Rà soát, báo cáo kết quả thực hiện","responsibleBody":"Ban Thường vụ Huyện ủy",
         "responsibleUnitCode":"%s","deadline":"2020-06-30"}"""
        .formatted(unit);
  }

  static String sign(long secretary, long chair) {
    return "{\"secretaryId\":%d,\"chairId\":%d}".formatted(secretary, chair);
  }

  static String figure(Random random) {
    return "{\"value\":%d.%d,\"source\":\"Thử tải\"}"
        .formatted(100 + random.nextInt(900), random.nextInt(10));
  }

  /** Every figure of {@code indicators} in {@code unit} over the years, with random values. */
  static String figuresCsv(List<String> indicators, String unit, Random random) {
    return "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,SOURCE\n"
        + indicators.stream()
            .flatMap(
                i ->
                    java.util.stream.IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR)
                        .mapToObj(
                            y ->
                                "%s,%s,%d,%d.%d,OFFICIAL,Nhập thử tải"
                                    .formatted(
                                        i, unit, y, 100 + random.nextInt(900), random.nextInt(10))))
            .collect(Collectors.joining("\n", "", "\n"));
  }
}
