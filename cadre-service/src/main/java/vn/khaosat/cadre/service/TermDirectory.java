package vn.khaosat.cadre.service;

import static vn.khaosat.cadre.service.IndicatorsAnswers.reachable;

import jakarta.enterprise.context.ApplicationScoped;
import vn.khaosat.cadre.client.IndicatorsCalls;
import vn.khaosat.problem.ApiProblem;

/**
 * The terms (nhiệm kỳ) of indicators-service: a committee or a plan names only a term it knows,
 * with the same degradation as the unit checks (unknown: 400; no answer: 503, nothing saved).
 */
@ApplicationScoped
public class TermDirectory {

  private final IndicatorsCalls indicators;

  public TermDirectory(IndicatorsCalls indicators) {
    this.indicators = indicators;
  }

  public void require(String code, String field) {
    reachable(() -> indicators.term(code))
        .orElseThrow(() -> ApiProblem.invalidField(field, "term.unknown", code));
  }
}
