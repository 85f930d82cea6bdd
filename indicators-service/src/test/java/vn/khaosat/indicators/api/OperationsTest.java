package vn.khaosat.indicators.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khaosat.testing.support.OperationsContract;

/** What operators and integrators rely on: the API document, health, metrics, compression. */
@QuarkusTest
class OperationsTest extends OperationsContract {

  @Override
  protected List<String> documentedPaths() {
    return List.of("/api/units");
  }

  @Override
  protected String aRead() {
    return "/api/units/665";
  }

  @Override
  protected String aList() {
    return "/api/units?size=200";
  }

  @Override
  protected String aRecord() {
    return "/api/units/665";
  }

  @Override
  protected RetriedCreate aRetriedCreate() {
    String unit = Api.openDistrict();
    Api.term("2015-2020");
    return new RetriedCreate(
        "/api/resolutions",
        "resolution-" + unit,
        new HashMap<>(
            Map.of("title", "Nghị quyết Đại hội", "unitCode", unit, "termCode", "2015-2020")),
        "title",
        "Nghị quyết khác",
        "/api/resolutions?unit=" + unit);
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void everyOperationIsDocumentedWithResponsesAndExamples() {
    Map<String, Object> document = document();
    Map<String, Map<String, Map<String, Object>>> paths = (Map) document.get("paths");
    List<String> missing = new ArrayList<>();
    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, operation) -> {
                  if (!(operation instanceof Map)) {
                    return;
                  }
                  Map<String, Map<String, Object>> responses = (Map) operation.get("responses");
                  if (responses == null
                      || responses.values().stream().anyMatch(r -> r.get("description") == null)) {
                    missing.add(method + " " + path + ": responses");
                  }
                }));
    assertEquals(List.of(), missing);
    Map<String, Object> createUnit = (Map) paths.get("/api/units").get("post");
    assertTrue(
        ((List<Map<String, Object>>) createUnit.get("parameters"))
            .stream().anyMatch(p -> "Idempotency-Key".equals(p.get("name"))),
        "creates document Idempotency-Key");
    assertTrue(paths.size() >= 15, "paths: " + paths.keySet());
    Map<String, Map<String, Object>> schemas =
        (Map) ((Map) document.get("components")).get("schemas");
    for (String name :
        List.of(
            "UnitRequest",
            "IndicatorRequest",
            "TargetRequest",
            "ObservationRequest",
            "Evaluation")) {
      Map<String, Map<String, Object>> properties = (Map) schemas.get(name).get("properties");
      assertTrue(
          properties.values().stream()
              .anyMatch(p -> p.containsKey("example") || p.containsKey("examples")),
          name + " has no example");
    }
  }
}
