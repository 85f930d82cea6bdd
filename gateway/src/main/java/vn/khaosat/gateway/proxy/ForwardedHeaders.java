package vn.khaosat.gateway.proxy;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;

/**
 * Tells a backend the origin the client called, so that every {@code Location} and absolute link it
 * makes points at the gateway and not at itself: {@code X-Forwarded-Proto}, {@code
 * X-Forwarded-Host} (with the port) and {@code X-Forwarded-Port}, which the services honour
 * (libs/problem's {@code microprofile-config.properties}). What a client sent in these headers, or
 * in {@code Forwarded}, is replaced: the gateway's own view of the request (itself behind an
 * ingress, the ingress's headers, as {@code quarkus.http.proxy.*} allows) is the one passed on.
 */
final class ForwardedHeaders {

  private ForwardedHeaders() {}

  static void apply(HttpServerRequest request) {
    String scheme = request.scheme() == null ? "http" : request.scheme();
    HostAndPort authority = request.authority();
    request.headers().remove("Forwarded");
    request.headers().set("X-Forwarded-Proto", scheme);
    if (authority != null) {
      int port = authority.port() > 0 ? authority.port() : scheme.equals("https") ? 443 : 80;
      request.headers().set("X-Forwarded-Host", authority.host() + ":" + port);
      request.headers().set("X-Forwarded-Port", String.valueOf(port));
    }
  }
}
