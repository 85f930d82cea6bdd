package vn.khaosat.gateway.proxy;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import jakarta.enterprise.context.ApplicationScoped;
import vn.khaosat.gateway.config.GatewayConfig;

/**
 * The HTTP clients the proxy sends with, one per event loop (vòng sự kiện), so that a request and
 * the backend connection it goes out on share one thread. A connection belongs to the event loop
 * that opened it, and Vert.x 4's pool hands a request any idle connection when none shares its
 * context, which is new for every request: with one client for all, most requests had their writes
 * and their answer passed from one event-loop thread to another and back. Each client keeps
 * HTTP/1.1 connections alive and reused, without pipelining (a slow answer holds up no other).
 */
@ApplicationScoped
public class EventLoopClients {

  private final ThreadLocal<HttpClient> clients;

  public EventLoopClients(Vertx vertx, GatewayConfig config) {
    HttpClientOptions options =
        new HttpClientOptions()
            .setConnectTimeout((int) config.connectTimeout().toMillis())
            .setKeepAlive(true)
            .setPipelining(false)
            .setMaxPoolSize(64);
    this.clients = ThreadLocal.withInitial(() -> vertx.createHttpClient(options));
  }

  /** The client of the calling event loop. */
  HttpClient current() {
    return clients.get();
  }
}
