import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.HttpProxy;

/**
 * The floor of the gateway's proxying (issue 12, P2 and P3): the Vert.x HTTP proxy the gateway is
 * built on, with nothing else in front of it (no token check, rate limit, request id, access log,
 * metrics, CORS or Quarkus), forwarding every request to one backend over kept-alive connections,
 * one HTTP client per event loop as the gateway's. Run by bench/compare.sh with the gateway's own
 * jars, so that it is the same Vert.x and Netty:
 *
 * <pre>java -cp 'gateway/target/quarkus-app/lib/main/*' bench/vertx-proxy/VertxProxy.java PORT BACKEND_PORT</pre>
 */
public class VertxProxy {

  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    SocketAddress backend = SocketAddress.inetSocketAddress(Integer.parseInt(args[1]), "localhost");
    // as Quarkus: two event loops a core, one server instance each
    int loops = VertxOptions.DEFAULT_EVENT_LOOP_POOL_SIZE;
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(loops));
    vertx.deployVerticle(
        () ->
            new AbstractVerticle() {
              @Override
              public void start() {
                HttpClient client =
                    vertx.createHttpClient(
                        new HttpClientOptions().setKeepAlive(true).setPipelining(false).setMaxPoolSize(64));
                vertx
                    .createHttpServer()
                    .requestHandler(request -> HttpProxy.reverseProxy(client).origin(backend).handle(request))
                    .listen(port);
              }
            },
        new DeploymentOptions().setInstances(loops));
  }
}
