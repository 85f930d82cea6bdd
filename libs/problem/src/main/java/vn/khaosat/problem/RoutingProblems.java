package vn.khaosat.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;

/**
 * problem+json answered at the HTTP layer, before or outside JAX-RS (limits, the gateway's edge),
 * in the same shape and language as the mapped ones.
 */
public final class RoutingProblems {

  public static final String CONTENT_TYPE = "application/problem+json";

  private RoutingProblems() {}

  /**
   * Ends the response with the problem of {@code status}, its detail the message of {@code key}.
   */
  public static void send(RoutingContext ctx, int status, String type, String key, Object... args) {
    // a paused request (the gateway pauses every one) has its unread body drained and dropped
    ctx.request().resume();
    if (ctx.response().headWritten()) {
      ctx.response().reset();
      return;
    }
    Locale locale =
        Messages.fromAcceptLanguage(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    String detail = Messages.format(locale, key, args);
    ctx.response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, CONTENT_TYPE)
        .end(body(status, type, detail, ctx.request().path(), locale));
  }

  /** The problem document itself. */
  public static String body(
      int status, String type, String detail, String instance, Locale locale) {
    return new JsonObject()
        .put("type", ApiProblem.typeUri(type).toString())
        .put("title", Messages.title(status, locale))
        .put("status", status)
        .put("detail", detail)
        .put("instance", SafeText.printable(instance == null ? "/" : instance, 300))
        .encode();
  }

  /** The type slug of a status, for problems that have no more specific one. */
  public static String typeOf(int status) {
    return ProblemTypes.slugOf(status);
  }
}
