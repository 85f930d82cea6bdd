package vn.khaosat.indicators.api;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void aRetryWhileTheFirstRequestHoldsTheKeyIsA409() throws Exception {
    String unit = Api.openDistrict();
    Api.term("2015-2020");
    var body = Map.of("title", "NQ giữa chừng", "unitCode", unit, "termCode", "2015-2020");
    String key = UUID.randomUUID().toString();
    Api.admin()
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/resolutions")
        .then()
        .statusCode(201);
    // as an instance killed between taking the key and storing the answer leaves it
    try (var c = dataSource.getConnection();
        var s =
            c.prepareStatement(
                "update idempotency_record set status_code = null, location = null, body = null where idempotency_key = ?")) {
      s.setString(1, key);
      org.junit.jupiter.api.Assertions.assertEquals(1, s.executeUpdate());
    }
    Api.admin()
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/resolutions")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void aRetriedCreateReturnsTheFirstResultAndCreatesNothingMore() {
    String unit = Api.openDistrict();
    Api.term("2015-2020");
    var body = Map.of("title", "NQ", "unitCode", unit, "termCode", "2015-2020");
    String key = UUID.randomUUID().toString();
    var first = Api.admin().header("Idempotency-Key", key).body(body).post("/api/resolutions");
    first.then().statusCode(201).header("Idempotent-Replayed", nullValue());
    long id = first.jsonPath().getLong("id");
    Api.admin()
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/resolutions")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .header("Location", first.header("Location"))
        .body("id", is((int) id));
    Api.viewer().get("/api/resolutions?unit={u}", unit).then().body("totalItems", is(1));
  }

  @Test
  void aKeyReusedForAnotherRequestIs422() {
    String unit = Api.openDistrict();
    Api.term("2015-2020");
    String key = UUID.randomUUID().toString();
    Api.admin()
        .header("Idempotency-Key", key)
        .body(Map.of("title", "A", "unitCode", unit, "termCode", "2015-2020"))
        .post("/api/resolutions")
        .then()
        .statusCode(201);
    Api.admin()
        .header("Idempotency-Key", key)
        .body(Map.of("title", "B", "unitCode", unit, "termCode", "2015-2020"))
        .post("/api/resolutions")
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
  }

  @Test
  void aFailedCreateFreesTheKey() {
    String key = UUID.randomUUID().toString();
    var duplicate = Api.unitBody("665", "Trùng", "DISTRICT", "67");
    Api.admin()
        .header("Idempotency-Key", key)
        .body(duplicate)
        .post("/api/units")
        .then()
        .statusCode(409);
    Api.admin()
        .header("Idempotency-Key", key)
        .body(duplicate)
        .post("/api/units")
        .then()
        .statusCode(409);
  }

  @Test
  void keysBelongToTheirUser() {
    String key = UUID.randomUUID().toString();
    String code = Api.unique("T");
    var body =
        Map.of(
            "code",
            code,
            "name",
            "X",
            "unitOfMeasure",
            "%",
            "direction",
            "HIGHER_IS_BETTER",
            "priceBasis",
            "NONE",
            "decimals",
            1);
    Api.admin()
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/indicators")
        .then()
        .statusCode(201);
    Api.statistician("67")
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/indicators")
        .then()
        .statusCode(409)
        .header("Idempotent-Replayed", nullValue());
  }

  @Test
  void withoutAKeyTwoPostsCreateTwo() {
    String unit = Api.openDistrict();
    Api.term("2015-2020");
    var body = Map.of("title", "NQ", "unitCode", unit, "termCode", "2015-2020");
    Api.admin().body(body).post("/api/resolutions").then().statusCode(201);
    Api.admin().body(body).post("/api/resolutions").then().statusCode(201);
    Api.viewer().get("/api/resolutions?unit={u}", unit).then().body("totalItems", is(2));
  }

  @Test
  void anOverlongKeyIs400() {
    Api.admin()
        .header("Idempotency-Key", "k".repeat(201))
        .body(Map.of("code", "2040-2045"))
        .post("/api/terms")
        .then()
        .statusCode(400);
  }
}
