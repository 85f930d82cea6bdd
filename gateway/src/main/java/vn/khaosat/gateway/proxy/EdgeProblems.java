package vn.khaosat.gateway.proxy;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.Locale;
import vn.khaosat.problem.Messages;
import vn.khaosat.problem.RoutingProblems;

/** The problem+json answers the gateway gives itself, in the caller's language. */
final class EdgeProblems {

  private EdgeProblems() {}

  static void send(RoutingContext ctx, int status, String type, String key, Object... args) {
    RoutingProblems.send(ctx, status, type, key, args);
  }

  /** The same problem, as the proxy's answer in place of the backend's. */
  static ProxyResponse response(
      ProxyRequest request, int status, String type, String key, Object... args) {
    Locale locale = Messages.fromAcceptLanguage(request.headers().get(HttpHeaders.ACCEPT_LANGUAGE));
    ProxyResponse response = request.response();
    response
        .setStatusCode(status)
        .headers()
        .set(HttpHeaders.CONTENT_TYPE, "application/problem+json");
    String detail = Messages.format(locale, key, args);
    return response.setBody(
        Body.body(Buffer.buffer(body(status, type, detail, request.getURI(), locale))));
  }

  static String body(int status, String type, String detail, String instance, Locale locale) {
    return RoutingProblems.body(status, type, detail, instance, locale);
  }
}
