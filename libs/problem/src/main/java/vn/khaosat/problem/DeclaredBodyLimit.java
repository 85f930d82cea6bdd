package vn.khaosat.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

/**
 * Refuses, with a 413 problem, a request whose Content-Length is over a limit, before anything
 * reads its body. The body is not awaited: a client that sent {@code Expect: 100-continue} gets no
 * 100 and need not send it, and its connection is closed once the answer is out. A client that
 * sends the body anyway has it read and dropped, so that it can read the 413 rather than a reset;
 * the connection is closed when the body is over or another limit's worth has been dropped.
 */
final class DeclaredBodyLimit {

  private static final Logger LOG = Logger.getLogger(DeclaredBodyLimit.class);

  private DeclaredBodyLimit() {}

  static void refuse(RoutingContext ctx, long limit, String key) {
    HttpServerRequest request = ctx.request();
    LOG.infof(
        "refused %s %s: Content-Length %s, over %d bytes",
        request.method(), request.path(), request.getHeader(HttpHeaders.CONTENT_LENGTH), limit);
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
    request.resume();
    RoutingProblems.send(ctx, 413, "payload-too-large", key, readable(limit));
  }

  /** A size as people read it: "64 MB", "2 MB", or bytes. */
  static String readable(long bytes) {
    long mega = 1024 * 1024;
    return bytes % mega == 0 ? bytes / mega + " MB" : bytes + " B";
  }
}
