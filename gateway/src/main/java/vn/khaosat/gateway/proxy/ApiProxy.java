package vn.khaosat.gateway.proxy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.khaosat.gateway.config.GatewayConfig;
import vn.khaosat.requestid.RequestIds;

/**
 * Routes {@code /api/**} to the services by the route table, through the Vert.x HTTP proxy, which
 * streams bodies both ways. At the edge, before this route: the request id, the caller and its rate
 * limit ({@link EdgeChecks}: 429), the HTTP limits (414, 431, a Content-Length over the body limit:
 * 413). Here: the token's absence (401 before any backend is touched), a chunked body over the
 * limit as it streams ({@link BodyLimit}: 413), the origin the client called passed on in {@code
 * X-Forwarded-*} ({@link ForwardedHeaders}), {@code 100 Continue} for a client that waits for it
 * once those have passed and a backend is connected, 503 for a backend that cannot be reached and
 * 504 for one that does not answer in time, each as problem+json naming the service, and a timer
 * per route.
 */
@ApplicationScoped
public class ApiProxy {

  private static final Logger LOG = Logger.getLogger(ApiProxy.class);

  private final GatewayConfig config;
  private final Backends backends;
  private final BodyLimit bodyLimit;
  private final MeterRegistry registry;
  private HttpClient client;

  public ApiProxy(
      GatewayConfig config, Backends backends, BodyLimit bodyLimit, MeterRegistry registry) {
    this.config = config;
    this.backends = backends;
    this.bodyLimit = bodyLimit;
    this.registry = registry;
  }

  void install(@Observes Router router, Vertx vertx) {
    client =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(64));
    // ahead of Quarkus's body size check, which would answer an over-limit Content-Length with an
    // empty 413: BodyLimit answers it with the problem instead. Every /api request is answered
    // here, so that check never runs for them; it still guards the other routes. CORS and the
    // other filters run earlier still.
    router.route("/api/*").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::handle);
  }

  void handle(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    request.pause();
    // RequestIdFilter (libs/request-id) gave the request its id; the backend's answer keeps it
    String id = request.getHeader(RequestIds.HEADER);
    ctx.addHeadersEndHandler(v -> ctx.response().headers().set(RequestIds.HEADER, id));
    String route = RouteTable.firstSegment(request.path());
    String service = config.routes().get(route);
    long started = System.nanoTime();
    if (service != null) {
      ctx.addBodyEndHandler(v -> record(route, service, ctx.response().getStatusCode(), started));
    }
    if (service == null) {
      EdgeProblems.send(ctx, 404, "not-found", "gateway.noRoute", request.path());
      return;
    }
    if (ctx.get(EdgeChecks.USER) == null) {
      // EdgeChecks found no valid token (and counted the request against the caller's address)
      ctx.response().putHeader("WWW-Authenticate", "Bearer");
      EdgeProblems.send(ctx, 401, "unauthorized", "detail.401");
      return;
    }
    backends
        .select(service)
        .compose(
            address ->
                client.request(
                    new RequestOptions()
                        .setServer(address)
                        .setIdleTimeout(config.timeout().toMillis())))
        .onSuccess(
            backendRequest -> {
              // a reset or timeout also fails the response, which answers it (413, 502, 504);
              // without a handler Vert.x would log each one again as an ERROR
              backendRequest.exceptionHandler(
                  e -> LOG.debugf("request to %s ended: %s", service, e));
              if (request.headers().contains(HttpHeaders.EXPECT, HttpHeaders.CONTINUE, true)) {
                // nothing left to refuse the request for: the client may send its body now.
                // Nothing else says so (Vert.x answers 100 only if told to, and the proxy does not
                // relay the backend's), so the expectation ends here rather than going on
                request.headers().remove(HttpHeaders.EXPECT);
                request.response().writeContinue();
              }
              ForwardedHeaders.apply(request);
              HttpProxy.reverseProxy(client)
                  .originRequestProvider((r, c) -> Future.succeededFuture(backendRequest))
                  // the body limit inside, so its 413 is not taken for a backend's failure
                  .addInterceptor(new TimeoutAsProblem(service))
                  .addInterceptor(bodyLimit)
                  .handle(request);
            })
        .onFailure(
            e -> {
              LOG.warnf(
                  "%s unreachable for %s %s: %s", service, request.method(), request.uri(), e);
              EdgeProblems.send(ctx, 503, "service-unavailable", "gateway.unavailable", service);
            });
  }

  private void record(String route, String service, int status, long started) {
    Timer.builder("gateway.requests")
        .description("Requests through the gateway, per route, service and status")
        .tag("route", route)
        .tag("service", service)
        .tag("status", String.valueOf(status))
        .register(registry)
        .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
  }

  /** A backend that accepted the request but did not answer in time: 504 naming it. */
  private static final class TimeoutAsProblem implements ProxyInterceptor {

    private final String service;

    TimeoutAsProblem(String service) {
      this.service = service;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
      return context
          .sendRequest()
          .recover(
              error -> {
                return Future.succeededFuture(
                    timedOut(error)
                        ? EdgeProblems.response(
                            context.request(), 504, "gateway-timeout", "gateway.timeout", service)
                        : EdgeProblems.response(
                            context.request(), 502, "bad-gateway", "gateway.badGateway", service));
              });
    }

    /** The backend's idle timeout ran out: Vert.x fails the request with a TimeoutException. */
    static boolean timedOut(Throwable error) {
      for (Throwable t = error; t != null; t = t.getCause()) {
        if (t instanceof java.util.concurrent.TimeoutException) {
          return true;
        }
      }
      return false;
    }
  }
}
