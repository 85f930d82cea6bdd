package vn.khaosat.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.khaosat.client.api.CadresApi;
import vn.khaosat.client.api.DirectivesApi;
import vn.khaosat.client.api.DocumentsApi;
import vn.khaosat.client.api.PersonnelPlansApi;
import vn.khaosat.client.api.SurveySessionsApi;
import vn.khaosat.client.api.UnitsApi;
import vn.khaosat.client.model.CadreRequest;
import vn.khaosat.client.model.Gender;

/** The client generated from the merged document covers the services and speaks their JSON. */
class GeneratedClientTest {

  @Test
  void aRequestModelWritesTheJsonTheServiceReads() throws Exception {
    CadreRequest request =
        new CadreRequest()
            .fullName("Nguyễn Văn An")
            .gender(Gender.MALE)
            .dateOfBirth("1965-06")
            .ethnicity("Kinh")
            .unitCode("665")
            .partyAdmissionDate(LocalDate.of(1990, 5, 19));
    JsonNode json =
        JSON.getDefault()
            .getMapper()
            .readTree(JSON.getDefault().getMapper().writeValueAsString(request));
    assertEquals("Nguyễn Văn An", json.get("fullName").asText());
    assertEquals("MALE", json.get("gender").asText());
    assertEquals("1990-05-19", json.get("partyAdmissionDate").asText());
  }

  @Test
  void everyServiceHasItsOperations() {
    assertTrue(has(UnitsApi.class, "listUnits"), "indicators-service: list units");
    assertTrue(has(CadresApi.class, "getCadreHistory"), "cadre-service: history");
    assertTrue(has(PersonnelPlansApi.class, "vetPersonnelPlan"), "cadre-service: vetting");
    assertTrue(has(SurveySessionsApi.class, "signMinutes"), "survey-service: signing");
    assertTrue(has(SurveySessionsApi.class, "takeDossier"), "survey-service: dossier");
    assertTrue(has(DirectivesApi.class, "listDirectives"), "survey-service: directives");
    assertTrue(has(DocumentsApi.class, "getMinutes"), "survey-service: minutes");
  }

  private static boolean has(Class<?> api, String method) {
    return Arrays.stream(api.getMethods()).anyMatch(m -> m.getName().equals(method));
  }
}
