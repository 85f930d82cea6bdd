package vn.khaosat.cadre;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.List;
import vn.khaosat.testing.support.WireMockStandIns;

/**
 * WireMock standing in for indicators-service. Unit codes choose the behaviour: {@code MISSING…} is
 * unknown (404), {@code REFUSED…} is refused as a bad code (400), {@code DOWN…} drops the
 * connection, {@code SLOW…} answers after the client's timeout, {@code ERR…} answers 500, {@code
 * LATE…} exists only from 2030, {@code TREEDOWN…} exists but its ancestors cannot be read (the
 * connection drops), {@code 665} is Đắk Song (closed 2025-06-30), {@code 68} is Lâm Đồng (from
 * 2025-07-01), {@code TINH…} is a province, {@code XA…} a commune directly under Lâm Đồng and
 * {@code XAH…} a commune under Đắk Song, {@code DENY…} is refused to the caller (403); any other
 * code is an open district of province 67. Every term is known but {@value #UNKNOWN_TERM} (404) and
 * {@value #UNREACHABLE_TERM} (the connection drops).
 */
public class IndicatorsWireMock extends WireMockStandIns {

  /** The system property that tells tests the port, across class loaders. */
  public static final String PORT_PROPERTY = portProperty("indicators");

  public static final String UNKNOWN_TERM = "2045-2050";
  public static final String UNREACHABLE_TERM = "2035-2040";
  public static final String REFUSED_TERM = "2055-2060";

  @Override
  protected List<String> keys() {
    return List.of("indicators");
  }

  @Override
  protected void stub(String key, WireMockServer server) {
    stubDefaults(server);
    stubTwoLevelUnits(server);
    stubTerms(server);
  }

  private static void stubDefaults(WireMockServer server) {
    server.stubFor(
        get(urlPathMatching("/api/units/[^/]+"))
            .atPriority(10)
            .willReturn(
                okJson(
                    "{\"code\":\"{{request.pathSegments.[2]}}\",\"name\":\"Huyện"
                        + " {{request.pathSegments.[2]}}\",\"level\":\"DISTRICT\",\"parentCode\":\"67\","
                        + "\"validFrom\":\"2000-01-01\",\"closed\":false,\"version\":0}")));
    server.stubFor(
        get(urlPathMatching("/api/units/[^/]+/ancestors"))
            .atPriority(10)
            .willReturn(
                okJson(
                    "[{\"code\":\"67\",\"name\":\"Tỉnh Đắk Nông\",\"level\":\"PROVINCE\","
                        + "\"validFrom\":\"2004-01-01\"}]")));
    server.stubFor(
        get(urlPathMatching("/api/units/665"))
            .atPriority(5)
            .willReturn(
                okJson(
                    "{\"code\":\"665\",\"name\":\"Huyện Đắk Song\",\"level\":\"DISTRICT\","
                        + "\"parentCode\":\"67\",\"validFrom\":\"2004-01-01\","
                        + "\"validTo\":\"2025-06-30\",\"closed\":true}")));
    server.stubFor(
        get(urlPathMatching("/api/units/67"))
            .atPriority(5)
            .willReturn(
                okJson(
                    "{\"code\":\"67\",\"name\":\"Tỉnh Đắk Nông\",\"level\":\"PROVINCE\","
                        + "\"validFrom\":\"2004-01-01\",\"validTo\":\"2025-06-30\"}")));
    server.stubFor(
        get(urlPathMatching("/api/units/67/ancestors")).atPriority(5).willReturn(okJson("[]")));
    server.stubFor(
        get(urlPathMatching("/api/units/LATE[^/]*"))
            .atPriority(5)
            .willReturn(
                okJson(
                    "{\"code\":\"{{request.pathSegments.[2]}}\",\"name\":\"Xã mới\","
                        + "\"level\":\"COMMUNE\",\"validFrom\":\"2030-01-01\"}")));
    server.stubFor(
        get(urlPathMatching("/api/units/MISSING.*")).atPriority(1).willReturn(notFound()));
    server.stubFor(
        get(urlPathMatching("/api/units/REFUSED.*")).atPriority(1).willReturn(badRequest()));
    server.stubFor(
        get(urlPathMatching("/api/units/DENY.*"))
            .atPriority(1)
            .willReturn(problem(403, "{\"status\":403,\"title\":\"Không có quyền\"}")));
    server.stubFor(get(urlPathMatching("/api/units/DOWN.*")).atPriority(1).willReturn(dropped()));
    server.stubFor(
        get(urlPathMatching("/api/units/TREEDOWN[^/]*/ancestors"))
            .atPriority(1)
            .willReturn(dropped()));
    server.stubFor(
        get(urlPathMatching("/api/units/SLOW.*"))
            .atPriority(1)
            .willReturn(okJson("{\"code\":\"SLOW\"}").withFixedDelay(3000)));
    server.stubFor(
        get(urlPathMatching("/api/units/ERR.*"))
            .atPriority(1)
            .willReturn(aResponse().withStatus(500).withBody("boom")));
  }

  /** Since 1 July 2025: Lâm Đồng, a province, and communes directly under the province. */
  private static void stubTwoLevelUnits(WireMockServer server) {
    server.stubFor(
        get(urlPathMatching("/api/units/68"))
            .atPriority(5)
            .willReturn(
                okJson(
                    "{\"code\":\"68\",\"name\":\"Tỉnh Lâm Đồng\",\"level\":\"PROVINCE\","
                        + "\"validFrom\":\"2025-07-01\"}")));
    server.stubFor(
        get(urlPathMatching("/api/units/TINH[^/]*"))
            .atPriority(5)
            .willReturn(
                okJson(
                    "{\"code\":\"{{request.pathSegments.[2]}}\",\"name\":\"Tỉnh mới\","
                        + "\"level\":\"PROVINCE\",\"validFrom\":\"2025-07-01\"}")));
    server.stubFor(
        get(urlPathMatching("/api/units/XA[^/]*"))
            .atPriority(5)
            .willReturn(
                okJson(
                    "{\"code\":\"{{request.pathSegments.[2]}}\",\"name\":\"Xã mới\","
                        + "\"level\":\"COMMUNE\",\"parentCode\":\"68\","
                        + "\"validFrom\":\"2025-07-01\"}")));
    server.stubFor(
        get(urlPathMatching("/api/units/XAH[^/]*"))
            .atPriority(4)
            .willReturn(
                okJson(
                    "{\"code\":\"{{request.pathSegments.[2]}}\",\"name\":\"Xã cũ\","
                        + "\"level\":\"COMMUNE\",\"parentCode\":\"665\","
                        + "\"validFrom\":\"2004-01-01\",\"validTo\":\"2025-06-30\"}")));
  }

  private static void stubTerms(WireMockServer server) {
    server.stubFor(
        get(urlPathMatching("/api/terms/[0-9]{4}-[0-9]{4}"))
            .atPriority(10)
            .willReturn(okJson("{\"code\":\"{{request.pathSegments.[2]}}\"}")));
    server.stubFor(
        get(urlPathMatching("/api/terms/" + UNKNOWN_TERM)).atPriority(1).willReturn(notFound()));
    server.stubFor(
        get(urlPathMatching("/api/terms/" + REFUSED_TERM)).atPriority(1).willReturn(badRequest()));
    server.stubFor(
        get(urlPathMatching("/api/terms/" + UNREACHABLE_TERM)).atPriority(1).willReturn(dropped()));
  }

  /** indicators-service's answer for a code it does not know. */
  private static ResponseDefinitionBuilder notFound() {
    return problem(404, "{\"status\":404,\"title\":\"Không tìm thấy\"}");
  }

  /** indicators-service's answer for a code it refuses to look up (its own input policy). */
  private static ResponseDefinitionBuilder badRequest() {
    return problem(400, "{\"status\":400,\"title\":\"Yêu cầu không hợp lệ\",\"detail\":\"code\"}");
  }
}
