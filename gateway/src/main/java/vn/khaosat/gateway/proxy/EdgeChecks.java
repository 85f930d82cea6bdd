package vn.khaosat.gateway.proxy;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The first checks of every {@code /api} request, before anything reads it: who calls (the bearer
 * token's user, or the client's address without a valid token) and the rate limit of that caller,
 * told in the {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset}
 * headers of every answer, a 429 problem with {@code Retry-After} past it. It runs after the
 * request id is given (priority 110) and before the HTTP limits (100), so that every answer, a 414
 * too, carries both. Limiting callers without a token by address keeps anyone from trying tokens at
 * the full rate.
 */
@ApplicationScoped
public class EdgeChecks {

  /** The routing context's key of the token's user, absent without a valid token. */
  static final String USER = "khaosat.user";

  static final int PRIORITY = 105;

  private final EdgeAuthentication authentication;
  private final RateLimiter limiter;

  public EdgeChecks(EdgeAuthentication authentication, RateLimiter limiter) {
    this.authentication = authentication;
    this.limiter = limiter;
  }

  void install(@Observes Filters filters) {
    filters.register(this::check, PRIORITY);
  }

  void check(RoutingContext ctx) {
    if (!ctx.request().path().startsWith("/api/")) {
      ctx.next();
      return;
    }
    var user = authentication.user(ctx.request().getHeader(HttpHeaders.AUTHORIZATION));
    user.ifPresent(name -> ctx.put(USER, name));
    String caller =
        user.map(name -> "user:" + name)
            .orElseGet(() -> "address:" + ctx.request().remoteAddress().hostAddress());
    RateLimiter.Decision decision = limiter.consume(caller);
    HttpServerResponse response = ctx.response();
    response.putHeader("RateLimit-Limit", String.valueOf(decision.limit()));
    response.putHeader("RateLimit-Remaining", String.valueOf(decision.remaining()));
    response.putHeader("RateLimit-Reset", String.valueOf(decision.reset()));
    if (!decision.allowed()) {
      response.putHeader("Retry-After", String.valueOf(decision.retryAfter()));
      EdgeProblems.send(
          ctx, 429, "too-many-requests", "gateway.tooManyRequests", decision.retryAfter());
      return;
    }
    ctx.next();
  }
}
