package vn.khaosat.survey.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.survey.client.CadreCalls;
import vn.khaosat.survey.client.CadreInfo;

/** Cadre records of cadre-service, checked before a participant is saved. */
@ApplicationScoped
public class CadreDirectory {

  private final CadreCalls calls;

  public CadreDirectory(CadreCalls calls) {
    this.calls = calls;
  }

  /**
   * The cadre, a 400 problem on {@code field} when cadre-service does not know it or refuses the
   * id, 503 when cadre-service cannot answer.
   */
  public CadreInfo require(long id, String field) {
    return Reachable.or("cadre.unavailable", "cadre-service", () -> calls.cadre(id))
        .orElseThrow(() -> ApiProblem.invalidField(field, "cadre.unknown", id));
  }
}
