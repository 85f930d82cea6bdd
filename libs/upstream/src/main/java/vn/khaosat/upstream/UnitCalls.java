package vn.khaosat.upstream;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The guarded calls for units to indicators-service; empty means "no such unit". */
@ApplicationScoped
public class UnitCalls extends GuardedCalls {

  static final String SERVICE = "indicators-service";

  private final UnitsClient client;

  public UnitCalls(@RestClient UnitsClient client) {
    this.client = client;
  }

  public Optional<UnitInfo> unit(String code) {
    return call(SERVICE, () -> client.unit(code));
  }

  public Optional<List<UnitInfo>> ancestors(String code) {
    return call(SERVICE, () -> client.ancestors(code));
  }
}
