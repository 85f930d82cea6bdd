package vn.khaosat.gateway.proxy;

import io.smallrye.stork.Stork;
import io.smallrye.stork.api.ServiceInstance;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Picks an instance of a service through SmallRye Stork (a static list per service, balanced round
 * robin), so more instances of a service scale it without a change here; another instance than
 * those a request already failed to reach, for its retry; and reads small documents of a service
 * (its health, its OpenAPI document) from one of them.
 */
@ApplicationScoped
public class Backends {

  /** A whole answer of a backend. */
  public record Answer(int status, Buffer body) {}

  private final HttpClient client;

  public Backends(Vertx vertx) {
    this.client = vertx.createHttpClient();
  }

  /**
   * An instance of {@code service} other than those already {@code tried} (host:port), for a
   * request to retry after a connection to one of them failed; once none is left, the one reached
   * last, once more; then it fails. So a service of one address (a Kubernetes Service, whose
   * address spreads connections over its ready pods) is tried twice: the second connection goes to
   * another pod.
   */
  public Future<SocketAddress> selectOther(String service, List<String> tried) {
    try {
      return Future.fromCompletionStage(
              Stork.getInstance().getService(service).getInstances().subscribeAsCompletionStage())
          .compose(
              instances -> {
                List<ServiceInstance> left =
                    instances.stream()
                        .filter(i -> !tried.contains(key(i.getHost(), i.getPort())))
                        .toList();
                if (left.isEmpty() && tried.size() <= instances.size()) {
                  // one attempt more, on the instance reached last: a replay that instance reset
                  // while its peer died is sent once again, and one address is tried twice
                  String last = tried.get(tried.size() - 1);
                  left =
                      instances.stream()
                          .filter(i -> key(i.getHost(), i.getPort()).equals(last))
                          .toList();
                }
                if (left.isEmpty()) {
                  return Future.failedFuture(
                      new IllegalStateException("no other instance of " + service));
                }
                // spread the retries of concurrent requests over what is left: requests that failed
                // on the same instance have equal lists, so the list itself cannot spread them
                ServiceInstance instance =
                    left.get(ThreadLocalRandom.current().nextInt(left.size()));
                return Future.succeededFuture(
                    SocketAddress.inetSocketAddress(instance.getPort(), instance.getHost()));
              });
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  /** How {@link #selectOther} names an instance. */
  public static String key(SocketAddress address) {
    return key(address.host(), address.port());
  }

  private static String key(String host, int port) {
    return host + ":" + port;
  }

  public Future<SocketAddress> select(String service) {
    try {
      // straight from the Uni to a promise: a static list answers at once, on this thread
      Promise<SocketAddress> address = Promise.promise();
      Stork.getInstance()
          .getService(service)
          .selectInstance()
          .subscribe()
          .with(
              instance ->
                  address.complete(
                      SocketAddress.inetSocketAddress(instance.getPort(), instance.getHost())),
              address::fail);
      return address.future();
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
