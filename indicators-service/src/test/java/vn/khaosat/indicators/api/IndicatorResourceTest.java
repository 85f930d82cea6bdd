package vn.khaosat.indicators.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IndicatorResourceTest {

  private static Map<String, Object> body(String code, String name) {
    var body = new HashMap<String, Object>();
    body.put("code", code);
    body.put("name", name);
    body.put("unitOfMeasure", "tỷ đồng");
    body.put("direction", "HIGHER_IS_BETTER");
    body.put("priceBasis", "CURRENT");
    body.put("decimals", 1);
    return body;
  }

  @Test
  void createReadSearchAndUpdate() {
    String code = Api.unique("REV");
    Api.admin()
        .body(body(code, "Thu ngân sách nhà nước trên địa bàn"))
        .post("/api/indicators")
        .then()
        .statusCode(201)
        .header("Location", org.hamcrest.Matchers.endsWith("/api/indicators/" + code));
    Api.viewer().get("/api/indicators?q=thu ngan sach").then().body("items.code", hasItem(code));
    String etag = Api.viewer().get("/api/indicators/{c}", code).header("ETag");
    var changed = body(code, "Thu ngân sách");
    changed.put("decimals", 2);
    Api.admin()
        .header("If-Match", etag)
        .body(changed)
        .put("/api/indicators/{c}", code)
        .then()
        .statusCode(200)
        .body("decimals", is(2));
    Api.admin()
        .header("If-Match", etag)
        .body(changed)
        .put("/api/indicators/{c}", code)
        .then()
        .statusCode(412);
  }

  @Test
  void duplicateCodeIs409() {
    String code = Api.unique("DUP");
    Api.admin().body(body(code, "A")).post("/api/indicators").then().statusCode(201);
    Api.admin().body(body(code, "B")).post("/api/indicators").then().statusCode(409);
  }

  @Test
  void invalidFieldsAre400() {
    var bad = body(Api.unique("BAD"), " ");
    bad.put("decimals", 9);
    bad.put("direction", "SIDEWAYS");
    Api.admin()
        .body(bad)
        .post("/api/indicators")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    var noDirection = body(Api.unique("BAD"), "Tên");
    noDirection.remove("direction");
    noDirection.put("decimals", 9);
    Api.admin()
        .body(noDirection)
        .post("/api/indicators")
        .then()
        .statusCode(400)
        .body("violations.field", org.hamcrest.Matchers.hasItems("direction", "decimals"));
  }

  @Test
  void anUnknownTotalIs400() {
    var share = body(Api.unique("SH"), "Tỷ trọng");
    share.put("partOfCode", "NO_SUCH_TOTAL");
    Api.admin()
        .body(share)
        .post("/api/indicators")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("partOfCode"));
  }

  @Test
  void unknownPropertiesAre400() {
    var body = body(Api.unique("X"), "Tên");
    body.put("colour", "red");
    Api.admin()
        .body(body)
        .post("/api/indicators")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void onlyStatisticiansAndAdminsWrite() {
    Api.viewer().body(body(Api.unique("V"), "Tên")).post("/api/indicators").then().statusCode(403);
    Api.statistician("67")
        .body(body(Api.unique("S"), "Tên"))
        .post("/api/indicators")
        .then()
        .statusCode(201);
  }

  @Test
  void anIndicatorWithFiguresIsNotDeleted() {
    String code = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String district = Api.openDistrict();
    Api.figure(code, district, 2019, "OFFICIAL", "10");
    Api.admin()
        .delete("/api/indicators/{c}", code)
        .then()
        .statusCode(409)
        .body("detail", containsString(code));
    String unused = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    Api.admin().delete("/api/indicators/{c}", unused).then().statusCode(204);
  }

  @Test
  void filtersByStructureGroup() {
    String group = Api.unique("G");
    var body = body(Api.unique("AGRI"), "Nông nghiệp");
    body.put("structureGroup", group);
    body.put("unitOfMeasure", "%");
    Api.admin().body(body).post("/api/indicators").then().statusCode(201);
    Api.viewer()
        .get("/api/indicators?structureGroup={g}", group)
        .then()
        .body("items.code", contains(body.get("code")));
  }
}
