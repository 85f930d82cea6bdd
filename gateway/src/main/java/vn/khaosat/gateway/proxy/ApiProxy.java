package vn.khaosat.gateway.proxy;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
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
 * once those have passed and a backend is connected; another instance of the service when one
 * cannot be connected to (any method) or drops an idempotent request without a body ({@link
 * FailoverOrProblem}); 503 for a service none of whose instances can be reached, 502 for a write
 * whose instance dropped it and 504 for one that does not answer in time, each as problem+json
 * naming the service; and a timer per route.
 */
@ApplicationScoped
public class ApiProxy {

  private static final Logger LOG = Logger.getLogger(ApiProxy.class);

  private final GatewayConfig config;
  private final Backends backends;
  private final BodyLimit bodyLimit;
  private final RouteTimers timers;
  private final EventLoopClients clients;

  public ApiProxy(
      GatewayConfig config,
      Backends backends,
      EventLoopClients clients,
      BodyLimit bodyLimit,
      RouteTimers timers) {
    this.config = config;
    this.backends = backends;
    this.clients = clients;
    this.bodyLimit = bodyLimit;
    this.timers = timers;
  }

  void install(@Observes Router router) {
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
      ctx.addBodyEndHandler(
          v -> timers.record(route, service, ctx.response().getStatusCode(), started));
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
    List<String> tried = new ArrayList<>();
    open(service, tried)
        .onSuccess(
            backendRequest -> {
              if (request.headers().contains(HttpHeaders.EXPECT, HttpHeaders.CONTINUE, true)) {
                // nothing left to refuse the request for: the client may send its body now.
                // Nothing else says so (Vert.x answers 100 only if told to, and the proxy does not
                // relay the backend's), so the expectation ends here rather than going on
                request.headers().remove(HttpHeaders.EXPECT);
                request.response().writeContinue();
              }
              ForwardedHeaders.apply(request);
              HttpProxy.reverseProxy(clients.current())
                  .originRequestProvider((r, c) -> Future.succeededFuture(backendRequest))
                  // the body limit inside, so its 413 is not taken for a backend's failure
                  .addInterceptor(new FailoverOrProblem(service, () -> open(service, tried)))
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

  /**
   * A request to an instance of {@code service} not yet {@code tried}: the one Stork picks first,
   * then, while connecting fails, each other instance once (a single address twice). Nothing has
   * been sent when a connection cannot be made, so this holds for every method.
   */
  private Future<HttpClientRequest> open(String service, List<String> tried) {
    Future<SocketAddress> address =
        tried.isEmpty() ? backends.select(service) : backends.selectOther(service, tried);
    return address.compose(
        server -> {
          tried.add(Backends.key(server));
          return clients
              .current()
              .request(new RequestOptions().setServer(server).setIdleTimeout(timeoutMillis()))
              .map(
                  backendRequest -> {
                    // a reset or timeout also fails the response, which answers it (413, 502,
                    // 504); without a handler Vert.x would log each one again as an ERROR
                    backendRequest.exceptionHandler(
                        e -> LOG.debugf("request to %s ended: %s", service, e));
                    return backendRequest;
                  })
              .recover(
                  e -> {
                    LOG.infof(
                        "%s at %s refused a connection, trying another: %s", service, server, e);
                    return open(service, tried);
                  });
        });
  }

  private long timeoutMillis() {
    return config.timeout().toMillis();
  }
}
