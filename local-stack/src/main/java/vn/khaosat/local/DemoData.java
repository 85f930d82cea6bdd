package vn.khaosat.local;

import java.io.IOException;

/**
 * Demo data taken from the seed report (Đắk Song, 28 November 2019), loaded through the gateway
 * like any client: the 2015-2020 resolution with targets and the figures reported that day (the
 * target values are illustrative: the report gives results, not the resolution's numbers), and a
 * personnel plan for 2020-2025 of fictional cadres, submitted and vetted, and the survey session
 * itself ({@link DemoSurvey}). Loaded once: a second run finds each part and does nothing.
 */
final class DemoData {

  private static final String[][] TARGETS = {
    // code, name, unit of measure, target (illustrative), 2019 estimate from the report
    {"DS_GRDP_GROWTH", "Tốc độ tăng trưởng kinh tế bình quân giai đoạn", "%", "11", "11.4"},
    {"DS_BUDGET_GROWTH", "Thu ngân sách trên địa bàn tăng bình quân hằng năm", "%", "8", "8.8"},
    {"DS_INCOME", "Thu nhập bình quân đầu người", "triệu đồng", "40", "44"},
    {"DS_POOR_REDUCTION", "Tỷ lệ hộ nghèo giảm bình quân hằng năm", "%", "15", "14.82"}
  };

  private final DemoClient gateway;

  DemoData(String gatewayUrl, String token) {
    this.gateway = new DemoClient(gatewayUrl, token);
  }

  void load() throws IOException, InterruptedException {
    if (gateway.send("GET", "/api/indicators/DS_INCOME", null, "application/json").statusCode()
        == 200) {
      System.out.println("Demo data: indicators and the personnel plan already loaded.");
    } else {
      long growthTarget = loadIndicators();
      loadPlan();
      new DemoSurvey(gateway).load(growthTarget);
      return;
    }
    new DemoSurvey(gateway).load(null);
  }

  /** Loads the resolution, targets and figures; returns the growth target's id. */
  private long loadIndicators() throws IOException, InterruptedException {
    gateway.send("POST", "/api/terms", "{\"code\":\"2015-2020\"}", "application/json");
    long resolution =
        gateway.create(
            "/api/resolutions",
            """
            {"title":"Nghị quyết Đại hội Đảng bộ huyện Đắk Song nhiệm kỳ 2015-2020",
             "unitCode":"665","termCode":"2015-2020"}""");
    StringBuilder csv =
        new StringBuilder("INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,SOURCE\n");
    long growthTarget = -1;
    for (String[] t : TARGETS) {
      gateway.create(
          "/api/indicators",
          """
          {"code":"%s","name":"%s","unitOfMeasure":"%s","direction":"HIGHER_IS_BETTER",
           "priceBasis":"NONE","decimals":2}"""
              .formatted(t[0], t[1], t[2]));
      long target =
          gateway.create(
              "/api/targets",
              """
          {"resolutionId":%d,"indicatorCode":"%s","measure":"LEVEL","comparator":"AT_LEAST",
           "value":%s,"wording":"%s đạt %s%s trở lên (minh họa)"}"""
                  .formatted(
                      resolution, t[0], t[3], t[1], t[3], t[2].equals("%") ? "%" : " " + t[2]));
      if (t[0].equals("DS_GRDP_GROWTH")) {
        growthTarget = target;
      }
      csv.append(t[0])
          .append(",665,2019,")
          .append(t[4])
          .append(",ESTIMATE,Báo cáo tại buổi làm việc ngày 28/11/2019\n");
    }
    DemoClient.expect(
        gateway.send("POST", "/api/observations/import?dryRun=false", csv.toString(), "text/csv"),
        200);
    System.out.println(
        "Demo data: Đắk Song (665), resolution "
            + resolution
            + "; try GET /api/scorecards?unit=665&term=2015-2020&year=2019");
    return growthTarget;
  }

  private void loadPlan() throws IOException, InterruptedException {
    String[][] cadres = {
      {"Nguyễn Văn Minh", "MALE", "1966-03", "true"},
      {"Trần Thị Lan", "FEMALE", "1972-08", "true"},
      {"Lê Văn Hùng", "MALE", "1965-05", "true"},
      {"Y Bhim Niê", "MALE", "1981-02", "false"},
      {"H'Liên Byă", "FEMALE", "1984-11", "false"}
    };
    long[] ids = new long[cadres.length];
    for (int i = 0; i < cadres.length; i++) {
      String[] c = cadres[i];
      ids[i] =
          gateway.create(
              "/api/cadres",
              """
              {"fullName":"%s","gender":"%s","dateOfBirth":"%s","ethnicity":"%s","unitCode":"665",
               "theoryLevel":"ADVANCED","inSuccessionPlan":true,"assetDeclarationYears":[2018,2019]}"""
                  .formatted(c[0], c[1], c[2], c[3].equals("true") ? "Kinh" : "Ê Đê"));
    }
    long committee =
        gateway.create(
            "/api/committees",
            """
            {"unitCode":"665","termCode":"2015-2020","name":"Ban Chấp hành Đảng bộ huyện Đắk Song",
             "members":[{"cadreId":%d,"role":"SECRETARY"},{"cadreId":%d,"role":"DEPUTY_SECRETARY"},
                        {"cadreId":%d,"role":"MEMBER"}]}"""
                .formatted(ids[0], ids[1], ids[2]));
    long plan =
        gateway.create(
            "/api/personnel-plans",
            """
            {"committeeId":%d,"ruleSetCode":"CT35-2019","referenceMonth":"2020-06",
             "title":"Phương án nhân sự Ban Chấp hành nhiệm kỳ 2020-2025 (minh họa)",
             "candidates":[{"cadreId":%d,"proposedRole":"SECRETARY"},
                           {"cadreId":%d,"proposedRole":"DEPUTY_SECRETARY"},
                           {"cadreId":%d,"proposedRole":"MEMBER"},
                           {"cadreId":%d,"proposedRole":"MEMBER"},
                           {"cadreId":%d,"proposedRole":"MEMBER"}]}"""
                .formatted(committee, ids[0], ids[1], ids[2], ids[3], ids[4]));
    gateway.call("POST", "/api/personnel-plans/" + plan + "/submit", "", 200);
    gateway.call("POST", "/api/personnel-plans/" + plan + "/vetting", "", 200);
    System.out.println(
        "Demo data: personnel plan " + plan + "; GET /api/personnel-plans/" + plan + "/vetting");
  }
}
