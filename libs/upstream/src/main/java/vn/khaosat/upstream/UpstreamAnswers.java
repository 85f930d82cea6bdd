package vn.khaosat.upstream;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a service makes of another service's answer to a check before a write, as problems its
 * callers get: each service provides this bean (survey-service's {@code Reachable}, cadre-service's
 * {@code IndicatorsAnswers}). Whatever it decides, a call that cannot be answered ({@link
 * UpstreamFailure}, an open circuit, a timeout) is a 503 problem named by {@code unavailableKey},
 * thrown before anything is saved.
 */
public interface UpstreamAnswers {

  /** The answer of {@code call}: present, empty for "no such thing", or a problem. */
  <T> Optional<T> of(String service, String unavailableKey, Supplier<Optional<T>> call);
}
