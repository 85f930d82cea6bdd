package vn.khaosat.indicators.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UnitResourceTest {

  @Test
  void seedHoldsDakNongAndItsEightDistrictsClosedOnThirtiethJune2025() {
    Api.viewer()
        .get("/api/units/67/children?size=50")
        .then()
        .statusCode(200)
        .body("totalItems", is(8))
        .body("items.code", contains("660", "661", "662", "663", "664", "665", "666", "667"))
        .body("items.validTo", everyItemIs("2025-06-30"));
    Api.viewer()
        .get("/api/units/67")
        .then()
        .statusCode(200)
        .header("ETag", notNullValue())
        .body("closed", is(true))
        .body("successorCodes", contains("68"));
    Api.viewer().get("/api/units/68").then().statusCode(200).body("closed", is(false));
  }

  private static org.hamcrest.Matcher<Iterable<? extends Object>> everyItemIs(String value) {
    return org.hamcrest.Matchers.everyItem(equalTo(value));
  }

  @Test
  void searchIgnoresDiacritics() {
    Api.viewer()
        .get("/api/units?q=dak song")
        .then()
        .statusCode(200)
        .body("items.code", contains("665"))
        .body("items[0].name", is("Huyện Đắk Song"));
    Api.viewer().get("/api/units?q=ĐẮK R'LẤP").then().body("items.code", contains("666"));
  }

  @Test
  void activeOnKeepsOnlyUnitsThatExistedThatDay() {
    Api.viewer()
        .get("/api/units?activeOn=2019-11-28&level=PROVINCE")
        .then()
        .body("items.code", hasItem("67"))
        .body("items.code", org.hamcrest.Matchers.not(hasItem("68")));
    Api.viewer()
        .get("/api/units?activeOn=2025-07-01&level=PROVINCE")
        .then()
        .body("items.code", hasItem("68"))
        .body("items.code", org.hamcrest.Matchers.not(hasItem("67")));
    Api.viewer()
        .get("/api/units?parent=67&activeOn=2005-06-01")
        .then()
        .body("totalItems", is(7)); // Tuy Đức came in 2007
  }

  @Test
  void ancestorsAreListedNearestFirst() {
    String district = Api.openDistrict();
    String commune = Api.unique("C");
    Api.createUnit(commune, "Xã thử", "COMMUNE", district);
    Api.viewer()
        .get("/api/units/{c}/ancestors", commune)
        .then()
        .statusCode(200)
        .body("size()", is(2))
        .body("[0].code", is(district))
        .body("[1].level", is("PROVINCE"));
  }

  @Test
  void createAnswers201WithLocation() {
    String district = Api.openDistrict();
    String code = Api.unique("C");
    Api.admin()
        .body(Api.unitBody(code, "Xã Thuận Hạnh", "COMMUNE", district))
        .post("/api/units")
        .then()
        .statusCode(201)
        .header("Location", org.hamcrest.Matchers.endsWith("/api/units/" + code))
        .body("code", is(code))
        .body("closed", is(false))
        .body("validTo", nullValue());
  }

  @Test
  void duplicateCodeIs409() {
    Api.admin()
        .body(Api.unitBody("665", "Trùng", "DISTRICT", "67"))
        .post("/api/units")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("status", is(409))
        .body("detail", containsString("665"));
  }

  @Test
  void unknownParentIs400NamingTheField() {
    Api.admin()
        .body(Api.unitBody(Api.unique("C"), "Xã", "COMMUNE", "NO_SUCH"))
        .post("/api/units")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", is("parentCode"))
        .body("violations[0].message", containsString("NO_SUCH"));
  }

  @Test
  void missingFieldsAre400WithViolations() {
    Api.admin()
        .body(Map.of("code", Api.unique("X")))
        .post("/api/units")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", org.hamcrest.Matchers.hasItems("name", "level", "validFrom"));
  }

  @Test
  void aDistrictCannotSitUnderACommune() {
    String district = Api.openDistrict();
    String commune = Api.unique("C");
    Api.createUnit(commune, "Xã", "COMMUNE", district);
    Api.admin()
        .body(Api.unitBody(Api.unique("D"), "Huyện", "DISTRICT", commune))
        .post("/api/units")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("parentCode"));
  }

  @Test
  void successorsMustExistAndNeedAClosingDate() {
    String district = Api.openDistrict();
    var body = new java.util.HashMap<>(Api.unitBody(district, "Huyện", "DISTRICT", null));
    body.put("successorCodes", List.of("68"));
    Api.admin()
        .body(body)
        .put("/api/units/{c}", district)
        .then()
        .statusCode(400)
        .body("violations[0].field", is("successorCodes"));
    body.put("validTo", "2025-06-30");
    body.put("successorCodes", List.of("NOPE"));
    Api.admin().body(body).put("/api/units/{c}", district).then().statusCode(400);
  }

  /** A commune created on 1 July 2025 under Lâm Đồng, naming {@code predecessors}. */
  private static java.util.HashMap<String, Object> newCommune(
      String code, List<String> predecessors) {
    var body = new java.util.HashMap<>(Api.unitBody(code, "Xã mới " + code, "COMMUNE", "68"));
    body.put("validFrom", "2025-07-01");
    body.put("predecessorCodes", predecessors);
    return body;
  }

  @Test
  void aNewCommuneNamesTheClosedUnitsItSucceeded() {
    String commune = Api.unique("XA");
    Api.admin()
        .body(newCommune(commune, List.of("665", "664")))
        .post("/api/units")
        .then()
        .statusCode(201)
        .body("predecessorCodes", contains("665", "664"));
    // the closed districts stay as they were, and the new commune reads their history
    Api.viewer().get("/api/units/665").then().body("closed", is(true)).body("version", is(0));
    Api.viewer()
        .get("/api/units/{c}/predecessors", commune)
        .then()
        .statusCode(200)
        .body("code", contains("664", "665"))
        .body("closed", contains(true, true))
        .body("name", contains("Huyện Krông Nô", "Huyện Đắk Song"));
    // Lâm Đồng's predecessor is known from the other side: Đắk Nông names it as its successor
    Api.viewer().get("/api/units/68/predecessors").then().body("code", contains("67"));
    Api.viewer().get("/api/units/67/predecessors").then().body("size()", is(0));
    Api.viewer().get("/api/units/NOPE/predecessors").then().statusCode(404);
  }

  @Test
  void aUnitNamedAsAPredecessorIsNotDeleted() {
    String district = Api.openDistrict();
    String commune = Api.unique("XA");
    Api.admin()
        .body(newCommune(commune, List.of(district)))
        .post("/api/units")
        .then()
        .statusCode(201);
    Api.admin().delete("/api/units/{c}", district).then().statusCode(409);
    Api.admin().delete("/api/units/{c}", commune).then().statusCode(204);
    Api.admin().delete("/api/units/{c}", district).then().statusCode(204);
  }

  @Test
  void predecessorsMustExistAndBeginEarlier() {
    String commune = Api.unique("XA");
    for (List<String> bad :
        List.of(
            List.of("NOPE"),
            List.of("665", "665"),
            List.of(commune),
            // Lâm Đồng began on 1 July 2025 too: not earlier than the commune
            List.of("68"),
            List.of("66 5"))) {
      Api.admin()
          .body(newCommune(commune, bad))
          .post("/api/units")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("violations[0].field", startsWith("predecessorCodes"));
    }
    Api.admin()
        .header("Accept-Language", "en")
        .body(newCommune(commune, List.of("68")))
        .post("/api/units")
        .then()
        .body("violations[0].message", containsString("not before this unit began on 2025-07-01"));
    Api.viewer().get("/api/units/{c}", commune).then().statusCode(404);
  }

  @Test
  void aClosedUnitIsReadOnly() {
    Api.admin()
        .body(Api.unitBody("665", "Huyện Đắk Song mới", "DISTRICT", "67"))
        .put("/api/units/665")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("665"));
    Api.admin().delete("/api/units/665").then().statusCode(409);
    Api.viewer().get("/api/units/665").then().body("name", is("Huyện Đắk Song"));
  }

  @Test
  void closingAUnitIsItsLastChange() {
    String district = Api.openDistrict();
    var body = new java.util.HashMap<>(Api.unitBody(district, "Huyện", "DISTRICT", null));
    body.put("validTo", "2025-06-30");
    body.put("successorCodes", List.of("68"));
    Api.admin()
        .body(body)
        .put("/api/units/{c}", district)
        .then()
        .statusCode(200)
        .body("closed", is(true));
    body.put("name", "Đổi tên sau khi chấm dứt");
    Api.admin().body(body).put("/api/units/{c}", district).then().statusCode(409);
  }

  @Test
  void aStaleIfMatchIs412AndNothingChanges() {
    String district = Api.openDistrict();
    String etag = Api.viewer().get("/api/units/{c}", district).header("ETag");
    var body = Api.unitBody(district, "Tên mới", "DISTRICT", null);
    Api.admin()
        .header("If-Match", etag)
        .body(body)
        .put("/api/units/{c}", district)
        .then()
        .statusCode(200);
    Api.admin()
        .header("If-Match", etag)
        .body(Api.unitBody(district, "Ghi đè", "DISTRICT", null))
        .put("/api/units/{c}", district)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    Api.viewer().get("/api/units/{c}", district).then().body("name", is("Tên mới"));
  }

  @Test
  void ifNoneMatchGives304() {
    String etag =
        Api.viewer().get("/api/units?q=dak").then().statusCode(200).extract().header("ETag");
    Api.viewer().header("If-None-Match", etag).get("/api/units?q=dak").then().statusCode(304);
    String unitTag = Api.viewer().get("/api/units/665").header("ETag");
    Api.viewer().header("If-None-Match", unitTag).get("/api/units/665").then().statusCode(304);
  }

  @Test
  void noTokenIs401Problem() {
    Api.anonymous()
        .get("/api/units")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("status", is(401));
  }

  @Test
  void aForgedOrGarbageTokenIs401() {
    Api.anonymous()
        .header("Authorization", "Bearer abc.def.ghi")
        .get("/api/units")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer");
    String token = vn.khaosat.testing.jwt.TestTokens.token("admin", java.util.Set.of("admin"));
    String[] parts = token.split("\\.");
    String tampered =
        parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "xx." + parts[2];
    Api.anonymous()
        .header("Authorization", "Bearer " + tampered)
        .get("/api/units")
        .then()
        .statusCode(401);
  }

  @Test
  void aStatisticianWritesOnlyWithinItsUnits() {
    String district = Api.openDistrict();
    String other = Api.openDistrict();
    Api.statistician(district)
        .body(Api.unitBody(Api.unique("C"), "Xã của huyện", "COMMUNE", district))
        .post("/api/units")
        .then()
        .statusCode(201);
    Api.statistician(district)
        .body(Api.unitBody(Api.unique("C"), "Xã huyện khác", "COMMUNE", other))
        .post("/api/units")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString(other));
    Api.viewer()
        .body(Api.unitBody(Api.unique("C"), "Xã", "COMMUNE", district))
        .post("/api/units")
        .then()
        .statusCode(403);
  }

  @Test
  void aProvinceStatisticianWritesForItsDistrictsCommunes() {
    String district = Api.openDistrict();
    String province =
        Api.viewer().get("/api/units/{c}", district).jsonPath().getString("parentCode");
    Api.statistician(province)
        .body(Api.unitBody(Api.unique("C"), "Xã", "COMMUNE", district))
        .post("/api/units")
        .then()
        .statusCode(201);
  }

  @Test
  void malformedJsonIs400Problem() {
    Api.admin()
        .body("{\"code\": \"X\", ")
        .post("/api/units")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void wrongContentTypeIs415Problem() {
    Api.admin()
        .contentType(ContentType.XML)
        .body("<unit/>")
        .post("/api/units")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
  }

  @Test
  void problemsSpeakEnglishWhenAsked() {
    Api.viewer()
        .header("Accept-Language", "en")
        .get("/api/units/NOPE")
        .then()
        .statusCode(404)
        .body("title", is("Not Found"))
        .body("detail", is("No administrative unit has code NOPE."))
        .body("type", startsWith("urn:khaosat:problem:"));
    Api.viewer()
        .get("/api/units/NOPE")
        .then()
        .statusCode(404)
        .body("title", is("Không tìm thấy"))
        .body("detail", is("Không có đơn vị hành chính mã NOPE."));
  }

  @Test
  void pageSizeAbove200Is400() {
    Api.viewer()
        .get("/api/units?size=201")
        .then()
        .statusCode(400)
        .body("violations[0].message", notNullValue());
  }

  @Test
  void aUnitWithoutFiguresOrChildrenCanBeDeleted() {
    String district = Api.openDistrict();
    Api.admin().delete("/api/units/{c}", district).then().statusCode(204);
    Api.viewer().get("/api/units/{c}", district).then().statusCode(404);
  }

  @Test
  void responsesCarryARequestId() {
    Api.viewer()
        .header("X-Request-Id", "abc-123")
        .get("/api/units/665")
        .then()
        .header("X-Request-Id", "abc-123");
    Api.anonymous().get("/api/units").then().header("X-Request-Id", notNullValue());
  }
}
