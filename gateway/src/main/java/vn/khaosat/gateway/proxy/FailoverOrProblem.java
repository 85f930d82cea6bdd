package vn.khaosat.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * What the gateway answers when an instance took a request and then failed it. An idempotent
 * request without a body (GET, HEAD, OPTIONS) whose connection was closed or reset before an answer
 * came is sent again to another instance, as long as one is left: replaying it changes nothing. A
 * write is not replayed, since the instance may have done it before dying: its caller gets a 502
 * problem naming the service (and may retry with its {@code Idempotency-Key}). PUT and DELETE are
 * idempotent in HTTP's terms but not replayed either: after a PUT with {@code If-Match} or a DELETE
 * that did happen, the replay would answer 412 or 404 for a write that succeeded, and their bodies
 * stream through, so there is nothing to send again. A backend that does not answer in time is a
 * 504, never retried: it may still be working, and a retry would double the wait.
 */
final class FailoverOrProblem implements ProxyInterceptor {

  private static final Logger LOG = Logger.getLogger(FailoverOrProblem.class);
  private static final Set<HttpMethod> REPLAYABLE =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

  private final String service;
  private final Supplier<Future<HttpClientRequest>> another;

  /**
   * @param another a request to an instance not tried yet, failing when none is left
   */
  FailoverOrProblem(String service, Supplier<Future<HttpClientRequest>> another) {
    this.service = service;
    this.another = another;
  }

  @Override
  public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
    return context.sendRequest().recover(error -> answer(context.request(), error));
  }

  private Future<ProxyResponse> answer(ProxyRequest request, Throwable error) {
    if (timedOut(error)) {
      return Future.succeededFuture(
          EdgeProblems.response(request, 504, "gateway-timeout", "gateway.timeout", service));
    }
    if (!replayable(request)) {
      return badGateway(request);
    }
    LOG.infof(
        "%s dropped %s %s, trying another instance: %s",
        service, request.getMethod(), request.getURI(), error);
    return another
        .get()
        .compose(
            next -> {
              // the first attempt read the (empty) body: the replay sends an empty one
              request.setBody(Body.body(Buffer.buffer()));
              return request.send(next).recover(again -> answer(request, again));
            },
            none -> badGateway(request));
  }

  private Future<ProxyResponse> badGateway(ProxyRequest request) {
    return Future.succeededFuture(
        EdgeProblems.response(request, 502, "bad-gateway", "gateway.badGateway", service));
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

  static boolean replayable(ProxyRequest request) {
    var headers = request.proxiedRequest().headers();
    String length = headers.get(HttpHeaders.CONTENT_LENGTH);
    boolean bodiless =
        (length == null || "0".equals(length.trim()))
            && !headers.contains(HttpHeaders.TRANSFER_ENCODING);
    return REPLAYABLE.contains(request.getMethod()) && bodiless;
  }
}
