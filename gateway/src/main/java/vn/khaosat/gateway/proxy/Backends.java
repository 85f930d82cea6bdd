package vn.khaosat.gateway.proxy;

import io.smallrye.stork.Stork;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Picks an instance of a service through SmallRye Stork (a static list per service, balanced round
 * robin), so more instances of a service scale it without a change here; and reads small documents
 * of a service (its health, its OpenAPI document) from one of them.
 */
@ApplicationScoped
public class Backends {

  /** A whole answer of a backend. */
  public record Answer(int status, Buffer body) {}

  private final HttpClient client;

  public Backends(Vertx vertx) {
    this.client = vertx.createHttpClient();
  }

  public Future<SocketAddress> select(String service) {
    try {
      return Future.fromCompletionStage(
              Stork.getInstance().getService(service).selectInstance().subscribeAsCompletionStage())
          .map(instance -> SocketAddress.inetSocketAddress(instance.getPort(), instance.getHost()));
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  /** GET {@code uri} of one instance of {@code service}, read whole; fails after 5 s. */
  public Future<Answer> get(String service, String uri) {
    return select(service)
        .compose(
            address ->
                client.request(
                    new RequestOptions()
                        .setServer(address)
                        .setMethod(HttpMethod.GET)
                        .setURI(uri)
                        .addHeader("Accept", "application/json")
                        .setIdleTimeout(5000)))
        .compose(request -> request.send())
        .compose(response -> response.body().map(body -> new Answer(response.statusCode(), body)));
  }
}
