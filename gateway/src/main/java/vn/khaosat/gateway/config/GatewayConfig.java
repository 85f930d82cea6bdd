package vn.khaosat.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The route table and the limits of the gateway, from configuration. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

  /**
   * The first path segment under {@code /api} and the service that answers it, e.g. {@code units →
   * indicators-service}. Each service's instances are a Stork service of the same name.
   */
  Map<String, String> routes();

  /** How long a backend may take to answer before the caller gets a 504. */
  @WithDefault("30s")
  Duration timeout();

  /** How long connecting to a backend may take before the caller gets a 503. */
  @WithDefault("3s")
  Duration connectTimeout();

  RateLimit rateLimit();

  /**
   * The identity provider's OpenID Connect discovery document, when Swagger UI is to log in through
   * it ({@code OIDC_DISCOVERY_DOCUMENT}); without it, Authorize takes a pasted token.
   */
  Optional<String> oidcDiscoveryUrl();

  /** The services the routes name, in order. */
  default Set<String> services() {
    return new TreeSet<>(routes().values());
  }

  /** Per client (the token's user): a burst, refilled at a steady rate. */
  interface RateLimit {

    @WithDefault("600")
    int perMinute();

    @WithDefault("120")
    int burst();
  }
}
