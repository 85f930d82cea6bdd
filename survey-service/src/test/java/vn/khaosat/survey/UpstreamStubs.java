package vn.khaosat.survey;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static vn.khaosat.survey.UpstreamWireMock.failures;
import static vn.khaosat.survey.UpstreamWireMock.getPath;
import static vn.khaosat.survey.UpstreamWireMock.unitQuery;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import vn.khaosat.survey.service.documents.ChartSamples;

/** The canned answers of the two stand-ins; see {@link UpstreamWireMock} for the codes. */
final class UpstreamStubs {

  private static final String NOT_FOUND =
      "{\"status\":404,\"title\":\"Không tìm thấy\",\"detail\":\"Không có\"}";

  private UpstreamStubs() {}

  static void indicators(WireMockServer server) {
    server.stubFor(
        getPath("/api/units/[^/]+", 10)
            .willReturn(
                okJson(
                    "{\"code\":\"{{request.pathSegments.[2]}}\",\"name\":\"Huyện"
                        + " {{request.pathSegments.[2]}}\",\"level\":\"DISTRICT\","
                        + "\"parentCode\":\"67\",\"validFrom\":\"2000-01-01\"}")));
    server.stubFor(
        getPath("/api/units/[^/]+/ancestors", 10)
            .willReturn(
                okJson(
                    "[{\"code\":\"67\",\"name\":\"Tỉnh Đắk Nông\",\"level\":\"PROVINCE\","
                        + "\"validFrom\":\"2004-01-01\"}]")));
    server.stubFor(
        getPath("/api/units/665", 5)
            .willReturn(
                okJson(
                    "{\"code\":\"665\",\"name\":\"Huyện Đắk Song\",\"level\":\"DISTRICT\","
                        + "\"parentCode\":\"67\",\"validFrom\":\"2004-01-01\","
                        + "\"validTo\":\"2025-06-30\"}")));
    server.stubFor(
        getPath("/api/units/67", 5)
            .willReturn(
                okJson(
                    "{\"code\":\"67\",\"name\":\"Tỉnh Đắk Nông\",\"level\":\"PROVINCE\","
                        + "\"validFrom\":\"2004-01-01\",\"validTo\":\"2025-06-30\"}")));
    server.stubFor(getPath("/api/units/67/ancestors", 5).willReturn(okJson("[]")));
    predecessors(server);
    server.stubFor(getPath("/api/units/MISSING.*", 1).willReturn(notFound()));
    faults(server, "/api/units/[^/]*U", "[^/]*");
    server.stubFor(
        getPath("/api/units/UDOWN.*", 1)
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(
        getPath("/api/targets/[0-8]?[0-9]{1,3}", 10)
            .willReturn(
                okJson(
                    "{\"id\":{{request.pathSegments.[2]}},\"resolutionId\":1,"
                        + "\"indicatorCode\":\"GDP_GROWTH\",\"measure\":\"AVERAGE_GROWTH\","
                        + "\"comparator\":\"AT_LEAST\",\"value\":10,"
                        + "\"wording\":\"Tốc độ tăng trưởng bình quân đạt 10%/năm trở lên\","
                        + "\"version\":0}")));
    server.stubFor(getPath("/api/targets/9[0-9]{3,}", 1).willReturn(notFound()));
    numberedFaults(server, "/api/targets/8");
    // a wording longer than the finding's column for it
    server.stubFor(
        getPath("/api/targets/85[0-9]{2}", 1)
            .willReturn(
                okJson(
                    "{\"id\":{{request.pathSegments.[2]}},\"indicatorCode\":\"GDP_GROWTH\","
                        + "\"wording\":\""
                        + "Tốc độ tăng trưởng ".repeat(40)
                        + "\"}")));
    server.stubFor(
        getPath("/api/scorecards", 10)
            .willReturn(
                okJson(
                    "{\"unitCode\":\"{{request.query.unit}}\",\"unitName\":\"Huyện Đắk Song\","
                        + "\"termCode\":\"{{request.query.term}}\",\"year\":{{request.query.year}},"
                        + "\"totalTargets\":4,\"counts\":{\"EXCEEDED\":3,\"NOT_YET_MET\":1},"
                        + "\"summary\":\"3/4 vượt, 1/4 chưa đạt\",\"targets\":[],"
                        + "\"warnings\":[]}")));
    failures(server, "/api/scorecards", "I");
    charts(server);
    server.stubFor(unitQuery("/api/scorecards", "INOTFOUND").willReturn(notFound()));
    server.stubFor(
        unitQuery("/api/scorecards", "INONE")
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody("{\"status\":400,\"detail\":\"Không có nhiệm kỳ\"}")));
  }

  /**
   * Charts as indicators-service draws them ({@link ChartSamples}), in the language asked; for the
   * scorecard chart of {@code …CHDN…} a dropped connection, of {@code …CHNONE…} a 404, of {@code
   * …CHBAD…} a chart with a script; for {@code …CHSER…} a scorecard with two indicators, so that
   * their series are drawn too.
   */
  private static void charts(WireMockServer server) {
    for (boolean english : new boolean[] {false, true}) {
      server.stubFor(svg("/api/charts/scorecard", english, ChartSamples.scorecard(english)));
      server.stubFor(svg("/api/charts/indicator-series", english, ChartSamples.series(english)));
    }
    server.stubFor(
        unitQuery("/api/charts/scorecard", "CHDN")
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(unitQuery("/api/charts/scorecard", "CHNONE").willReturn(notFound()));
    server.stubFor(
        unitQuery("/api/charts/scorecard", "CHBAD")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "image/svg+xml")
                    .withBody(
                        ChartSamples.scorecard(false)
                            .replace("</svg>", "<script>alert(1)</script></svg>"))));
    server.stubFor(
        unitQuery("/api/scorecards", "CHSER")
            .willReturn(
                okJson(
                    "{\"unitCode\":\"{{request.query.unit}}\",\"unitName\":\"Huyện Đắk Song\","
                        + "\"termCode\":\"{{request.query.term}}\",\"year\":{{request.query.year}},"
                        + "\"totalTargets\":2,\"counts\":{\"EXCEEDED\":1,\"NOT_MET\":1},"
                        + "\"summary\":\"1/2 vượt, 1/2 không đạt\",\"targets\":["
                        + "{\"targetId\":7,\"indicatorCode\":\"GDP_GROWTH\","
                        + "\"indicatorName\":\"Tốc độ tăng trưởng kinh tế\"},"
                        + "{\"targetId\":8,\"indicatorCode\":\"POOR_RATE\","
                        + "\"indicatorName\":\"Tỷ lệ hộ nghèo\"}],\"warnings\":[]}")));
  }

  private static MappingBuilder svg(String path, boolean english, String body) {
    return get(urlPathEqualTo(path))
        .withHeader("Accept-Language", equalTo(english ? "en" : "vi"))
        .atPriority(10)
        .willReturn(
            aResponse().withHeader("Content-Type", "image/svg+xml;charset=UTF-8").withBody(body));
  }

  /**
   * Units succeeded: none, but by {@code …SUCC…} (Đắk Song and two others), {@code …MANY…} (60
   * communes) and {@code …PDOWN…}.
   */
  private static void predecessors(WireMockServer server) {
    server.stubFor(getPath("/api/units/[^/]+/predecessors", 10).willReturn(okJson("[]")));
    server.stubFor(
        getPath("/api/units/[^/]*SUCC[^/]*/predecessors", 5)
            .willReturn(
                okJson(
                    "[{\"code\":\"665\",\"name\":\"Huyện Đắk Song\",\"validFrom\":\"2004-01-01\","
                        + "\"validTo\":\"2025-06-30\"},"
                        + "{\"code\":\"OLD1\",\"name\":\"Xã cũ\",\"validFrom\":\"2004-01-01\","
                        + "\"validTo\":\"2017-12-31\"},"
                        + "{\"code\":\"LATE1\",\"name\":\"Xã sau\",\"validFrom\":\"2030-01-01\"}]")));
    StringBuilder many = new StringBuilder("[");
    for (int i = 1; i <= 60; i++) {
      many.append(i > 1 ? "," : "")
          .append("{\"code\":\"XA")
          .append(i)
          .append("\",\"name\":\"Xã ")
          .append(i)
          .append("\",\"validFrom\":\"2004-01-01\",\"validTo\":\"2025-06-30\"}");
    }
    server.stubFor(
        getPath("/api/units/[^/]*MANY[^/]*/predecessors", 5)
            .willReturn(okJson(many.append("]").toString())));
    server.stubFor(
        getPath("/api/units/[^/]*PDOWN[^/]*/predecessors", 1)
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
  }

  static void cadre(WireMockServer server) {
    server.stubFor(
        getPath("/api/cadres/[0-9]+", 10)
            .willReturn(
                okJson(
                    "{\"id\":{{request.pathSegments.[2]}},\"fullName\":\"Cán bộ"
                        + " {{request.pathSegments.[2]}}\",\"gender\":\"MALE\",\"unitCode\":\"665\","
                        + "\"posts\":[{\"title\":\"Phó Bí thư Huyện ủy\",\"startDate\":\"2015-10-01\"},"
                        + "{\"title\":\"Bí thư Huyện ủy\",\"startDate\":\"2018-03-01\"}],"
                        + "\"inSuccessionPlan\":true,\"version\":3}")));
    server.stubFor(getPath("/api/cadres/9[0-9]{3,}", 1).willReturn(notFound()));
    numberedFaults(server, "/api/cadres/6");
    // as cadre-service answers a reader who sees the personal fields (an admin)
    server.stubFor(
        getPath("/api/cadres/5[0-9]{3}", 1)
            .willReturn(
                okJson(
                    "{\"id\":{{request.pathSegments.[2]}},\"fullName\":\"Điểu Thị Riêng\","
                        + "\"gender\":\"FEMALE\",\"unitCode\":\"665\","
                        + "\"posts\":[{\"title\":\"Bí thư Huyện ủy\",\"startDate\":\"2015-10-01\"}],"
                        + "\"personal\":{\"dateOfBirth\":\"1968-04\",\"ethnicity\":\"Xtiêng\","
                        + "\"religion\":\"Công giáo\",\"partyAdmissionDate\":\"1990-05-19\","
                        + "\"assetDeclarationYears\":[2018],\"disciplines\":[{\"form\":\"REPRIMAND\","
                        + "\"decidedOn\":\"2009-10-01\"}]},\"version\":4}")));
    server.stubFor(
        getPath("/api/cadres/7[0-9]{3}", 1)
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(
        getPath("/api/personnel-plans", 10)
            .willReturn(
                okJson(
                    "{\"items\":[{\"id\":41,\"committeeId\":7,\"unitCode\":\"{{request.query.unit}}\","
                        + "\"termCode\":\"{{request.query.term}}\",\"ruleSetCode\":\"CT35-2019\","
                        + "\"title\":\"Phương án nhân sự Ban Chấp hành khóa mới\","
                        + "\"status\":\"VETTED\",\"candidates\":[],\"version\":2}],"
                        + "\"page\":0,\"size\":1,\"totalItems\":1,\"totalPages\":1}")));
    failures(server, "/api/personnel-plans", "C");
    server.stubFor(unitQuery("/api/personnel-plans", "CNOTFOUND").willReturn(notFound()));
    server.stubFor(
        unitQuery("/api/personnel-plans", "NOPLAN")
            .willReturn(
                okJson("{\"items\":[],\"page\":0,\"size\":1,\"totalItems\":0,\"totalPages\":0}")));
    server.stubFor(
        unitQuery("/api/personnel-plans", "UNVETTED")
            .willReturn(
                okJson(
                    "{\"items\":[{\"id\":42,\"committeeId\":8,\"status\":\"SUBMITTED\","
                        + "\"candidates\":[],\"version\":1}],\"page\":0,\"size\":1,"
                        + "\"totalItems\":1,\"totalPages\":1}")));
    server.stubFor(
        getPath("/api/personnel-plans/41/vetting/summary", 10)
            .willReturn(
                okJson(
                    "{\"planId\":41,\"ruleSetCode\":\"CT35-2019\","
                        + "\"ranAt\":\"2019-11-20T09:00:00+07:00\",\"ranBy\":\"to-chuc\","
                        + "\"summary\":{\"candidates\":33,\"eligible\":30,"
                        + "\"eligibleWithWarnings\":2,\"notEligible\":1,\"blockingFailures\":1,"
                        + "\"warnings\":2},\"approvable\":false,\"slate\":[]}")));
    server.stubFor(getPath("/api/personnel-plans/42/vetting/summary", 10).willReturn(notFound()));
    // a summary that also carries a candidate's findings, which the dossier must not keep
    server.stubFor(
        unitQuery("/api/personnel-plans", "LEAKY")
            .willReturn(
                okJson(
                    "{\"items\":[{\"id\":43,\"status\":\"VETTED\",\"candidates\":[]}],"
                        + "\"page\":0,\"size\":1,\"totalItems\":1,\"totalPages\":1}")));
    server.stubFor(
        getPath("/api/personnel-plans/43/vetting/summary", 10)
            .willReturn(
                okJson(
                    "{\"id\":7,\"planId\":43,\"ruleSetCode\":\"CT35-2019\","
                        + "\"summary\":{\"candidates\":1,\"notEligible\":1},\"approvable\":false,"
                        + "\"slate\":[],\"candidates\":[{\"fullName\":\"Điểu Thị Riêng\","
                        + "\"findings\":[{\"kind\":\"AGE\",\"figures\":"
                        + "{\"dateOfBirth\":\"1968-04\"}}]}]}")));
  }

  /**
   * The answers a check before a write may get besides yes and no, at {@code prefix} + BAD, ERR,
   * SLOW, DENY or BUSY + {@code suffix}: 400 (the value is refused), 500, a late answer, 403, 429.
   */
  private static void faults(WireMockServer server, String prefix, String suffix) {
    server.stubFor(getPath(prefix + "BAD" + suffix, 1).willReturn(refused(400)));
    server.stubFor(getPath(prefix + "ERR" + suffix, 1).willReturn(aResponse().withStatus(500)));
    server.stubFor(
        getPath(prefix + "SLOW" + suffix, 1).willReturn(okJson("{}").withFixedDelay(3000)));
    server.stubFor(getPath(prefix + "DENY" + suffix, 1).willReturn(refused(403)));
    server.stubFor(getPath(prefix + "BUSY" + suffix, 1).willReturn(refused(429)));
  }

  /**
   * The same by number: {@code prefix} followed by 1xx is refused (400), 2xx 500, 3xx late, 4xx
   * 403.
   */
  private static void numberedFaults(WireMockServer server, String prefix) {
    server.stubFor(getPath(prefix + "1[0-9]{2}", 1).willReturn(refused(400)));
    server.stubFor(getPath(prefix + "2[0-9]{2}", 1).willReturn(aResponse().withStatus(500)));
    server.stubFor(getPath(prefix + "3[0-9]{2}", 1).willReturn(okJson("{}").withFixedDelay(3000)));
    server.stubFor(getPath(prefix + "4[0-9]{2}", 1).willReturn(refused(403)));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder refused(
      int status) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("{\"status\":" + status + ",\"detail\":\"Không hợp lệ\"}");
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder notFound() {
    return aResponse()
        .withStatus(404)
        .withHeader("Content-Type", "application/problem+json")
        .withBody(NOT_FOUND);
  }
}
