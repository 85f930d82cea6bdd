package vn.khaosat.survey.client;

import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

/** Turns a failed fetch into a part that says why it is missing. */
public class DossierFallback implements FallbackHandler<DossierPart> {

  private static final Logger LOG = Logger.getLogger(DossierFallback.class);

  @Override
  public DossierPart handle(ExecutionContext context) {
    Throwable failure = context.getFailure();
    String service =
        context.getMethod().getName().equals("vetting") ? "cadre-service" : "indicators-service";
    LOG.warnf("dossier: %s failed: %s", service, failure.toString());
    if (failure instanceof TimeoutException || failure instanceof UpstreamTimeout) {
      return DossierPart.missing("TIMEOUT", service);
    }
    if (failure instanceof CircuitBreakerOpenException) {
      return DossierPart.missing("CIRCUIT_OPEN", service);
    }
    return DossierPart.missing("UNAVAILABLE", service);
  }
}
