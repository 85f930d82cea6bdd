package vn.khaosat.survey.client;

import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import vn.khaosat.upstream.UpstreamTimeout;

/**
 * Turns a failed fetch into a part that says why it is missing, by the failure's type. The service
 * is the handler's: a part of indicators-service names {@link FromIndicators}, one of cadre-service
 * {@link FromCadre}.
 */
public abstract class DossierFallback implements FallbackHandler<DossierPart> {

  private static final Logger LOG = Logger.getLogger(DossierFallback.class);

  private final String service;

  DossierFallback(String service) {
    this.service = service;
  }

  @Override
  public DossierPart handle(ExecutionContext context) {
    Throwable failure = context.getFailure();
    LOG.warnf("dossier: %s failed: %s", service, failure.toString());
    if (failure instanceof TimeoutException || failure instanceof UpstreamTimeout) {
      return DossierPart.missing("TIMEOUT", service);
    }
    if (failure instanceof CircuitBreakerOpenException) {
      return DossierPart.missing("CIRCUIT_OPEN", service);
    }
    return DossierPart.missing("UNAVAILABLE", service);
  }

  // each handler names its type itself: Fault Tolerance reads it from the handler's own class

  /** A part fetched from indicators-service. */
  public static class FromIndicators extends DossierFallback
      implements FallbackHandler<DossierPart> {
    public FromIndicators() {
      super("indicators-service");
    }
  }

  /** A part fetched from cadre-service. */
  public static class FromCadre extends DossierFallback implements FallbackHandler<DossierPart> {
    public FromCadre() {
      super("cadre-service");
    }
  }
}
