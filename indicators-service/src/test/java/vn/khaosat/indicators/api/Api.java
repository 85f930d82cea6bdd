package vn.khaosat.indicators.api;

import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.Set;
import vn.khaosat.testing.jwt.TestTokens;
import vn.khaosat.testing.support.ApiRequests;

/**
 * Requests as the roles of the suite ({@link ApiRequests}), and fixtures made through the API
 * itself.
 */
final class Api extends ApiRequests {

  private Api() {}

  static RequestSpecification statistician(String... units) {
    return withToken(TestTokens.bearer("statistician", Set.of("statistician"), units));
  }

  /** A code no other test uses. */
  static String unique(String prefix) {
    return prefix + next() + "_" + Long.toString(System.nanoTime() % 100000, 36);
  }

  /** A new open district under a new open province; returns the district code. */
  static String openDistrict() {
    String province = unique("P");
    createUnit(province, "Tỉnh thử " + province, "PROVINCE", null);
    String district = unique("D");
    createUnit(district, "Huyện thử " + district, "DISTRICT", province);
    return district;
  }

  static void createUnit(String code, String name, String level, String parent) {
    admin().body(unitBody(code, name, level, parent)).post("/api/units").then().statusCode(201);
  }

  static Map<String, Object> unitBody(String code, String name, String level, String parent) {
    var body = new java.util.HashMap<String, Object>();
    body.put("code", code);
    body.put("name", name);
    body.put("level", level);
    body.put("validFrom", "2000-01-01");
    if (parent != null) {
      body.put("parentCode", parent);
    }
    return body;
  }

  static String indicator(String direction, int decimals, String unitOfMeasure) {
    String code = unique("IND");
    admin()
        .body(
            Map.of(
                "code", code,
                "name", "Chỉ tiêu thử " + code,
                "unitOfMeasure", unitOfMeasure,
                "direction", direction,
                "priceBasis", "CURRENT",
                "decimals", decimals))
        .post("/api/indicators")
        .then()
        .statusCode(201);
    return code;
  }

  static void term(String code) {
    int status = admin().body(Map.of("code", code)).post("/api/terms").statusCode();
    if (status != 201 && status != 409) {
      throw new AssertionError("term " + code + " gave " + status);
    }
  }

  static long resolution(String unit, String term) {
    term(term);
    return id(
        admin()
            .body(Map.of("title", "Nghị quyết thử", "unitCode", unit, "termCode", term))
            .post("/api/resolutions")
            .then()
            .statusCode(201));
  }

  static void figure(String indicator, String unit, int year, String status, String value) {
    admin()
        .body(Map.of("value", new java.math.BigDecimal(value)))
        .put("/api/observations/{i}/{u}/{y}/{s}", indicator, unit, year, status)
        .then()
        .statusCode(
            org.hamcrest.Matchers.anyOf(
                org.hamcrest.Matchers.is(201), org.hamcrest.Matchers.is(200)));
  }

  /** A target of a resolution; returns its id. */
  static long target(
      long resolution, String indicator, String measure, String comparator, Object value) {
    var body = targetBody(resolution, indicator, measure, comparator);
    body.put("value", value);
    return postTarget(body);
  }

  /** Creates the target described by {@code body}; returns its id. */
  static long postTarget(Map<String, Object> body) {
    return id(admin().body(body).post("/api/targets").then().statusCode(201));
  }

  static Map<String, Object> targetBody(
      long resolution, String indicator, String measure, String comparator) {
    var body = new java.util.HashMap<String, Object>();
    body.put("resolutionId", resolution);
    body.put("indicatorCode", indicator);
    body.put("measure", measure);
    body.put("comparator", comparator);
    return body;
  }

  /** Poor households: a poverty indicator, whose figures must name their poverty standard. */
  static String povertyIndicator() {
    String poor = unique("POOR");
    admin()
        .body(
            Map.of(
                "code",
                poor,
                "name",
                "Số hộ nghèo",
                "unitOfMeasure",
                "hộ",
                "direction",
                "LOWER_IS_BETTER",
                "priceBasis",
                "NONE",
                "decimals",
                0,
                "requiresPovertyStandard",
                true))
        .post("/api/indicators")
        .then()
        .statusCode(201);
    return poor;
  }

  /** Poor households falling from 3,000 in 2015 to 1,580 in 2019 (2016-2020 standard). */
  static String povertyIndicator(String unit) {
    String poor = povertyIndicator();
    for (var figure : Map.of(2015, 3000, 2019, 1580).entrySet()) {
      admin()
          .body(Map.of("value", figure.getValue(), "povertyStandard", "2016-2020"))
          .put("/api/observations/{i}/{u}/{y}/OFFICIAL", poor, unit, figure.getKey())
          .then()
          .statusCode(201);
    }
    return poor;
  }
}
