package vn.khaosat.cadre.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import vn.khaosat.testing.support.OperationsContract;

/** The API document, health, metrics, conditional reads and retried creates. */
@QuarkusTest
class OperationsTest extends OperationsContract {

  @Override
  protected List<String> documentedPaths() {
    return List.of(
        "/api/cadres",
        "/api/cadres/{id}/history",
        "/api/committees",
        "/api/rule-sets/{code}",
        "/api/personnel-plans/{id}/vetting");
  }

  @Override
  protected String aRead() {
    return "/api/rule-sets";
  }

  @Override
  protected String aList() {
    return "/api/rule-sets";
  }

  @Override
  protected String aRecord() {
    return "/api/rule-sets/CT35-2019";
  }

  @Override
  protected RetriedCreate aRetriedCreate() {
    String unit = Api.unit();
    return new RetriedCreate(
        "/api/cadres",
        "cadre-" + unit,
        Api.cadre("Ngô Văn Lặp", "MALE", "1971", unit),
        "fullName",
        "Ngô Văn Khác",
        "/api/cadres?unit=" + unit);
  }
}
