package vn.khaosat.survey.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khaosat.testing.support.OperationsContract;

/** The API document, health, metrics, conditional reads and retried creates. */
@QuarkusTest
class OperationsTest extends OperationsContract {

  @Override
  protected List<String> documentedPaths() {
    return List.of(
        "/api/surveys",
        "/api/surveys/{id}/sign",
        "/api/surveys/{sessionId}/minutes",
        "/api/surveys/{sessionId}/dossier",
        "/api/directives",
        "/api/directives/{id}");
  }

  @Override
  protected String aRead() {
    return "/api/surveys";
  }

  @Override
  protected String aList() {
    return "/api/surveys?size=200";
  }

  @Override
  protected String aRecord() {
    return "/api/surveys/" + Api.createSession(Api.unit());
  }

  @Override
  protected RetriedCreate aRetriedCreate() {
    String unit = Api.unit();
    return new RetriedCreate(
        "/api/surveys",
        "session-" + unit,
        Api.session(unit),
        "place",
        "Nơi khác",
        "/api/surveys?unit=" + unit);
  }

  @Test
  void theMinutesAreDocumentedAsHtmlAndPdf() {
    io.restassured.RestAssured.given()
        .accept("application/json")
        .get("/q/openapi?format=json")
        .then()
        .body(
            "paths.'/api/surveys/{sessionId}/minutes'.get.responses.'200'.content.keySet()",
            org.hamcrest.Matchers.hasItems("text/html", "application/pdf"));
  }
}
