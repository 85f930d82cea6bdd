package vn.khaosat.problem;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The HTTP-level errors as problems, in every service and the gateway: a request line over {@code
 * khaosat.http.max-uri-length} is a 414, headers over {@code khaosat.http.max-header-bytes} a 431,
 * a declared body over {@code quarkus.http.limits.max-body-size} (or a JSON one over 2 MB) a 413,
 * and whatever fails below JAX-RS (a bad percent escape, a body over the size limit) gets a problem
 * too, not the framework's empty answer. Vert.x's own limits are set higher (see this library's
 * {@code microprofile-config.properties}) so that these checks, and not Vert.x, answer.
 */
@ApplicationScoped
public class HttpLimits {

  /** After the request id is assigned (priority 110), before anything else reads the request. */
  static final int PRIORITY = 100;

  private static final Logger LOG = Logger.getLogger(HttpLimits.class);

  /** The largest JSON body a service reads (the JSON parser stops there too). */
  public static final long MAX_JSON_BYTES = 2L * 1024 * 1024;

  private final int maxUriLength;
  private final int maxHeaderBytes;
  private final long maxBodyBytes;

  public HttpLimits(
      @ConfigProperty(name = "khaosat.http.max-uri-length", defaultValue = "8192") int maxUri,
      @ConfigProperty(name = "khaosat.http.max-header-bytes", defaultValue = "20480")
          int maxHeaders,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
          io.quarkus.runtime.configuration.MemorySize maxBody) {
    this.maxUriLength = maxUri;
    this.maxHeaderBytes = maxHeaders;
    this.maxBodyBytes = maxBody.asLongValue();
  }

  void install(@Observes Filters filters) {
    filters.register(this::check, PRIORITY);
  }

  void installFailureHandler(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
    // what fails before any route matches (a path Vert.x cannot decode) reaches these instead
    for (int status : new int[] {400, 404, 405, 413, 414, 431, 500}) {
      router.errorHandler(status, this::failed);
    }
  }

  void check(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    if (request.uri().length() > maxUriLength) {
      refuse(ctx, 414, "detail.414", maxUriLength);
      return;
    }
    int headerBytes = 0;
    for (Map.Entry<String, String> header : request.headers()) {
      headerBytes += header.getKey().length() + header.getValue().length() + 4;
    }
    if (headerBytes > maxHeaderBytes) {
      refuse(ctx, 431, "detail.431", maxHeaderBytes);
      return;
    }
    String language = request.getHeader("Accept-Language");
    if (language != null && !Messages.isReadable(language)) {
      // a garbled Accept-Language means the default language, for every reader of it
      request.headers().remove("Accept-Language");
    }
    long declared = contentLength(request);
    if (declared > maxBodyBytes) {
      DeclaredBodyLimit.refuse(ctx, maxBodyBytes, "problem.bodyTooLarge");
      return;
    }
    if (declared > MAX_JSON_BYTES && isJson(request)) {
      DeclaredBodyLimit.refuse(ctx, MAX_JSON_BYTES, "problem.documentTooLarge");
      return;
    }
    ctx.next();
  }

  private static long contentLength(HttpServerRequest request) {
    String header = request.getHeader("Content-Length");
    try {
      return header == null ? -1 : Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static boolean isJson(HttpServerRequest request) {
    String type = request.getHeader("Content-Type");
    return type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json");
  }

  private static void refuse(RoutingContext ctx, int status, String key, int limit) {
    ctx.response().putHeader("Connection", "close");
    RoutingProblems.send(ctx, status, RoutingProblems.typeOf(status), key, limit);
  }

  /** A failure JAX-RS did not answer: its status if it is a client error, else a 500. */
  void failed(RoutingContext ctx) {
    if (ctx.response().headWritten()) {
      ctx.next();
      return;
    }
    int status = ctx.statusCode();
    Throwable failure = ctx.failure();
    if (status < 400 && failure instanceof IllegalArgumentException) {
      // Vert.x and RESTEasy decode percent escapes lazily and fail with this
      RoutingProblems.send(ctx, 400, "bad-request", "problem.badEncoding");
      return;
    }
    if (status < 400 || status >= 500) {
      LOG.errorf(failure, "Request %s %s failed", ctx.request().method(), ctx.request().path());
      RoutingProblems.send(ctx, 500, "internal", "problem.internal");
      return;
    }
    String key =
        Messages.lookup(Messages.DEFAULT_LOCALE, "detail." + status) != null
            ? "detail." + status
            : "detail.default";
    RoutingProblems.send(ctx, status, RoutingProblems.typeOf(status), key);
  }
}
