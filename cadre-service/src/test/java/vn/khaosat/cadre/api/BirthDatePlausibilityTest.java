package vn.khaosat.cadre.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A date of birth must give an age between 18 and 80: now for a cadre record, at the reference
 * month for a candidate. Anything else is a typing error the caller hears of in a clear 400.
 */
@QuarkusTest
class BirthDatePlausibilityTest {

  private static final YearMonth NOW = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh"));

  private static void refused(String born, String unit) {
    Api.admin()
        .body(Api.cadre("Sai Ngày Sinh", "MALE", born, unit))
        .post("/api/cadres")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", is("dateOfBirth"))
        .body("violations[0].message", containsString("từ 18 đến 80"));
  }

  @Test
  void aRecordRefusesAnAgeOutsideEighteenToEighty() {
    String unit = Api.unit();
    refused("0000", unit);
    refused("1900-01-01", unit);
    refused(NOW.minusYears(18).plusMonths(1).toString(), unit);
    refused(NOW.minusYears(81).toString(), unit);
    Api.admin().get("/api/cadres?unit=" + unit).then().body("totalItems", is(0));
    Api.admin()
        .header("Accept-Language", "en")
        .body(Api.cadre("Sai Ngày Sinh", "MALE", "0000", unit))
        .post("/api/cadres")
        .then()
        .statusCode(400)
        .body("violations[0].message", containsString("between 18 and 80"));

    // the bounds themselves: 18 and 80 full years this month
    Api.createCadre("Trẻ Nhất", "MALE", NOW.minusYears(18).toString(), unit);
    Api.createCadre("Cao Tuổi Nhất", "FEMALE", NOW.minusYears(81).plusMonths(1).toString(), unit);
    Api.admin().get("/api/cadres?unit=" + unit).then().body("totalItems", is(2));
  }

  @Test
  void aCandidateTooYoungAtTheReferenceMonthIsRefused() {
    String unit = Api.unit();
    // 18 or more now, so a record; under 18 at a 2020 congress
    long young = Api.createCadre("Nguyễn Văn Trẻ", "MALE", NOW.minusYears(19).toString(), unit);
    long adult = Api.createCadre("Nguyễn Văn Lớn", "MALE", "1975", unit);
    long committee = Api.createCommittee(unit, "2015-2020", List.of());
    Api.admin()
        .body(
            Api.plan(
                committee,
                "2020-06",
                List.of(Api.candidate(adult, "MEMBER"), Api.candidate(young, "MEMBER"))))
        .post("/api/personnel-plans")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", is("candidates[1].cadreId"))
        .body("violations[0].message", containsString("2020-06"))
        .body("violations[0].message", containsString("từ 18 đến 80 tuổi"));
    Api.viewer()
        .get("/api/personnel-plans?committee=" + committee)
        .then()
        .body("totalItems", is(0));
  }
}
