package vn.khaosat.survey.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.khaosat.upstream.GuardedCalls;

/** Cadre records from cadre-service, with the policies of {@link GuardedCalls}. */
@ApplicationScoped
public class CadreCalls extends GuardedCalls {

  private final CadreClient client;

  public CadreCalls(@RestClient CadreClient client) {
    this.client = client;
  }

  public Optional<CadreInfo> cadre(long id) {
    return call("cadre-service", () -> client.cadre(id));
  }
}
