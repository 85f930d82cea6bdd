package vn.khaosat.survey.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.khaosat.upstream.GuardedCalls;
import vn.khaosat.upstream.UnitInfo;
import vn.khaosat.upstream.UpstreamRefusal;

/**
 * The parts of a dossier. Unlike a check before a write, a dossier is taken whatever happens: after
 * the timeout, the retry and the circuit breaker, the fallback turns a failure into a part that
 * says what is missing and why. "No such thing" answers are parts too, not failures.
 */
@ApplicationScoped
public class DossierSources extends GuardedCalls {

  /**
   * What the dossier keeps of a vetting summary: counts and slate findings. Any other field, such
   * as a candidate's findings, is dropped: the dossier is read by anyone who reads the session,
   * whoever took it, so it never stores a personal field.
   */
  static final Set<String> VETTING_FIELDS =
      Set.of("id", "planId", "ruleSetCode", "ranAt", "ranBy", "summary", "approvable", "slate");

  private static final String INDICATORS = "indicators-service";
  private static final String CADRE = "cadre-service";

  private final IndicatorsClient indicators;
  private final CadreClient cadre;

  public DossierSources(@RestClient IndicatorsClient indicators, @RestClient CadreClient cadre) {
    this.indicators = indicators;
    this.cadre = cadre;
  }

  /** The unit's scorecard for the term, evaluated for {@code year}. */
  @Fallback(DossierFallback.FromIndicators.class)
  public DossierPart scorecard(String unit, String term, int year) {
    try {
      return call(INDICATORS, () -> indicators.scorecard(unit, term, year))
          .map(DossierPart::of)
          .orElseGet(() -> DossierPart.missing("NOT_FOUND", "indicators-service: 404"));
    } catch (UpstreamRefusal e) {
      return DossierPart.missing("REFUSED", e.getMessage());
    }
  }

  /**
   * The scorecards, for the term, of the units {@code unit} succeeded that existed during its years
   * {@code firstYear}..{@code lastYear}, in {@code "scorecards"}; none when it succeeded none. A
   * predecessor closed before {@code year} is evaluated in its last year.
   */
  @Fallback(DossierFallback.FromIndicators.class)
  public DossierPart predecessors(String unit, String term, int firstYear, int lastYear, int year) {
    try {
      List<UnitInfo> units =
          call(INDICATORS, () -> indicators.predecessors(unit)).orElse(List.of());
      List<Map<String, Object>> scorecards = new ArrayList<>();
      for (UnitInfo predecessor : units) {
        if (predecessor.existedDuring(firstYear, lastYear)) {
          int evaluated = predecessor.lastYear().map(last -> Math.min(last, year)).orElse(year);
          call(INDICATORS, () -> indicators.scorecard(predecessor.code(), term, evaluated))
              .ifPresent(scorecards::add);
        }
      }
      return DossierPart.of(Map.of("scorecards", scorecards));
    } catch (UpstreamRefusal e) {
      return DossierPart.missing("REFUSED", e.getMessage());
    }
  }

  /** The vetting summary of the unit's latest personnel plan for the term. */
  @Fallback(DossierFallback.FromCadre.class)
  public DossierPart vetting(String unit, String term) {
    try {
      Optional<PlanPage.Plan> plan =
          call(CADRE, () -> cadre.plans(unit, term, 1))
              .flatMap(page -> page.items().stream().findFirst());
      if (plan.isEmpty()) {
        return DossierPart.missing("NO_PLAN", unit + " " + term);
      }
      long planId = plan.get().id();
      return call(CADRE, () -> cadre.vettingSummary(planId))
          .map(summary -> DossierPart.of(only(VETTING_FIELDS, summary)))
          .orElseGet(() -> DossierPart.missing("NOT_VETTED", String.valueOf(planId)));
    } catch (UpstreamRefusal e) {
      return DossierPart.missing("REFUSED", e.getMessage());
    }
  }

  private static Map<String, Object> only(Set<String> fields, Map<String, Object> content) {
    Map<String, Object> kept = new LinkedHashMap<>();
    content.forEach(
        (field, value) -> {
          if (fields.contains(field)) {
            kept.put(field, value);
          }
        });
    return kept;
  }
}
