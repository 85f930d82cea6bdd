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

  /** The cadre, a 400 problem on {@code field} when unknown, 503 when cadre-service is down. */
  public CadreInfo require(long id, String field) {
    return Reachable.or("cadre.unavailable", () -> calls.cadre(id))
        .orElseThrow(() -> ApiProblem.invalidField(field, "cadre.unknown", id));
  }
}
