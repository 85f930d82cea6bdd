package vn.khaosat.gateway.proxy;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The body limit of {@code /api/**}, {@code quarkus.http.limits.max-body-size} (MAX_BODY_SIZE), the
 * one setting. A Content-Length over it is refused up front ({@link #refusedUpFront}) with a 413
 * problem, before any backend is contacted and without waiting for the body. Quarkus's own check of
 * that setting answers an empty 413; {@link ApiProxy} runs ahead of it, so for {@code /api/**} it
 * never fires, while it still guards the gateway's other routes. A body of unknown length (chunked)
 * is counted as it streams ({@link LimitedBody}) and, past the limit, the backend request is reset
 * and the client gets the same 413 problem, or a reset connection if the backend had already begun
 * answering.
 */
@Singleton
public class BodyLimit implements ProxyInterceptor {

  private static final Logger LOG = Logger.getLogger(BodyLimit.class);
  private static final String BODY = LimitedBody.class.getName();

  private final long limit;

  public BodyLimit(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
    this.limit = limit.map(MemorySize::asLongValue).orElse(-1L);
  }

  /**
   * Answers a 413 problem, and true, for a request whose Content-Length is over the limit. The body
   * is not awaited: a client that sent {@code Expect: 100-continue} gets no 100 and need not send
   * it, and its connection is closed once the answer is out. A client that sends the body anyway
   * has it read and dropped, so that it can read the 413 rather than a reset; the connection is
   * closed when the body is over or another limit's worth has been dropped.
   */
  boolean refusedUpFront(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    if (limit < 0 || declared == null || !over(declared)) {
      return false;
    }
    LOG.infof(
        "refused %s %s: Content-Length %s, over %d bytes",
        request.method(), request.uri(), declared, limit);
    HttpServerResponse response = ctx.response();
    if (request.version() != HttpVersion.HTTP_2) {
      response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
      boolean awaitsContinue =
          request.headers().contains(HttpHeaders.EXPECT, HttpHeaders.CONTINUE, true);
      long[] dropped = {0};
      request.handler(
          chunk -> {
            dropped[0] += chunk.length();
            if (dropped[0] - limit > limit) {
              request.connection().close();
            }
          });
      request.endHandler(
          v -> {
            if (response.ended()) {
              request.connection().close();
            }
          });
      ctx.addEndHandler(
          v -> {
            if (awaitsContinue || request.isEnded()) {
              request.connection().close();
            }
          });
    }
    // resumes the paused request: what the client sends anyway goes to the handler above
    EdgeProblems.send(ctx, 413, "payload-too-large", "gateway.tooLarge", readable());
    return true;
  }

  private boolean over(String declared) {
    try {
      return Long.parseLong(declared.trim()) > limit;
    } catch (NumberFormatException e) {
      // Netty has already refused a malformed Content-Length; nothing to decide here
      return false;
    }
  }

  @Override
  public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
    ProxyRequest request = context.request();
    Body body = request.getBody();
    if (limit < 0 || body == null || body.length() >= 0) {
      // no limit, or a Content-Length already checked (refusedUpFront)
      return context.sendRequest();
    }
    LimitedBody limited = new LimitedBody(request.proxiedRequest(), body.stream(), limit);
    request.setBody(Body.body(limited, -1));
    context.set(BODY, limited);
    return context
        .sendRequest()
        .recover(
            error ->
                limited.exceeded()
                    ? Future.succeededFuture(tooLarge(request))
                    : Future.failedFuture(error));
  }

  @Override
  public Future<Void> handleProxyResponse(ProxyContext context) {
    LimitedBody limited = context.get(BODY, LimitedBody.class);
    Future<Void> sent = context.sendResponse();
    return limited == null ? sent : sent.onComplete(done -> limited.answered());
  }

  private ProxyResponse tooLarge(ProxyRequest request) {
    LOG.infof("refused %s %s: a body over %d bytes", request.getMethod(), request.getURI(), limit);
    // the rest of the upload is dropped, then the connection closed: say so
    request.proxiedRequest().response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
    return EdgeProblems.response(request, 413, "payload-too-large", "gateway.tooLarge", readable());
  }

  private String readable() {
    long mega = 1024 * 1024;
    return limit % mega == 0 ? limit / mega + " MB" : limit + " B";
  }
}
