package vn.khaosat.gateway.proxy;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.Locale;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.problem.Messages;

/** The problem+json answers the gateway gives itself, in the caller's language. */
final class EdgeProblems {

  private EdgeProblems() {}

  static void send(RoutingContext ctx, int status, String type, String key, Object... args) {
    // the proxy paused the request; a body the backend will never read is drained and dropped
    ctx.request().resume();
    if (ctx.response().headWritten()) {
      ctx.response().reset();
      return;
    }
    Locale locale =
        Messages.fromAcceptLanguage(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    JsonObject problem =
        new JsonObject()
            .put("type", ApiProblem.typeUri(type).toString())
            .put("title", Messages.title(status, locale))
            .put("status", status)
            .put("detail", Messages.format(locale, key, args))
            .put("instance", ctx.request().path());
    ctx.response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
        .end(problem.encode());
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
    return new JsonObject()
        .put("type", ApiProblem.typeUri(type).toString())
        .put("title", Messages.title(status, locale))
        .put("status", status)
        .put("detail", detail)
        .put("instance", instance)
        .encode();
  }
}
