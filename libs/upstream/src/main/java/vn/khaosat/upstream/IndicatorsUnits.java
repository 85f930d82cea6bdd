package vn.khaosat.upstream;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.security.UnitHierarchy;

/**
 * The directory of units that cadre-service and survey-service share: whether a unit exists, the
 * years it existed ({@link UnitInfo#existedIn}), and its ancestors for the unit scope of writes and
 * personal reads. A unit's ancestors are cached ({@code unit-ancestors}, {@code UNIT_TREE_CACHE}):
 * an answer is kept, a failure is not, so it is tried again. When indicators-service cannot answer,
 * each is a 503 problem ({@code indicators.unavailable}, in the service's own words) thrown before
 * anything is saved; what a refusal means is the service's {@link UpstreamAnswers}.
 */
@ApplicationScoped
public class IndicatorsUnits implements UnitHierarchy {

  static final String UNAVAILABLE = "indicators.unavailable";

  private final UnitCalls calls;
  private final UpstreamAnswers answers;

  public IndicatorsUnits(UnitCalls calls, UpstreamAnswers answers) {
    this.calls = calls;
    this.answers = answers;
  }

  /** The unit, empty when indicators-service does not know it or refuses the code. */
  public Optional<UnitInfo> find(String code) {
    return answers.of(UnitCalls.SERVICE, UNAVAILABLE, () -> calls.unit(code));
  }

  /** The unit, or a 400 problem on {@code field} ({@code unit.unknown}) when there is none. */
  public UnitInfo require(String code, String field) {
    return find(code).orElseThrow(() -> ApiProblem.invalidField(field, "unit.unknown", code));
  }

  @Override
  @CacheResult(cacheName = "unit-ancestors")
  public List<String> ancestorsOf(String unitCode) {
    return answers
        .of(UnitCalls.SERVICE, UNAVAILABLE, () -> calls.ancestors(unitCode))
        .orElse(List.of())
        .stream()
        .map(UnitInfo::code)
        .toList();
  }
}
