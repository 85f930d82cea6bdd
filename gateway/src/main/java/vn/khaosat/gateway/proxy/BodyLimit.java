package vn.khaosat.gateway.proxy;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
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
 * one setting. A Content-Length over it is refused up front by {@code HttpLimits} (libs/problem,
 * the same check as in every service) with a 413 problem, before any backend is contacted and
 * without waiting for the body. A body of unknown length (chunked) is counted as it streams ({@link
 * LimitedBody}) and, past the limit, the backend request is reset and the client gets the same 413
 * problem, or a reset connection if the backend had already begun answering.
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

  @Override
  public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
    ProxyRequest request = context.request();
    Body body = request.getBody();
    if (limit < 0 || body == null || body.length() >= 0) {
      // no limit, or a Content-Length already checked (HttpLimits, in libs/problem)
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
    return EdgeProblems.response(
        request, 413, "payload-too-large", "problem.bodyTooLarge", readable());
  }

  private String readable() {
    long mega = 1024 * 1024;
    return limit % mega == 0 ? limit / mega + " MB" : limit + " B";
  }
}
