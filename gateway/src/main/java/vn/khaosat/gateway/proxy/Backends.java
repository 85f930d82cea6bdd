package vn.khaosat.gateway.proxy;

import io.smallrye.stork.Stork;
import io.vertx.core.Future;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Picks an instance of a service through SmallRye Stork (a static list per service, balanced round
 * robin), so more instances of a service scale it without a change here.
 */
@ApplicationScoped
public class Backends {

  public Future<SocketAddress> select(String service) {
    try {
      return Future.fromCompletionStage(
              Stork.getInstance().getService(service).selectInstance().subscribeAsCompletionStage())
          .map(instance -> SocketAddress.inetSocketAddress(instance.getPort(), instance.getHost()));
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }
}
