package vn.khaosat.requestid;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.MDC;

/**
 * Takes the {@code X-Request-Id} of every request (or makes one), puts it in the log context so
 * that every log line of the request carries it, and echoes it in the response, errors included. It
 * runs before {@code HttpLimits} (libs/problem), so that even a 414 or 431 carries it.
 */
@ApplicationScoped
public class RequestIdFilter {

  @RouteFilter(RouteFilter.DEFAULT_PRIORITY + 100)
  void assignRequestId(RoutingContext rc) {
    String id = RequestIds.acceptOrCreate(rc.request().getHeader(RequestIds.HEADER));
    // the request carries the id it is known by, for whatever it is passed on to (the gateway)
    rc.request().headers().set(RequestIds.HEADER, id);
    rc.put(RequestIds.MDC_KEY, id);
    MDC.put(RequestIds.MDC_KEY, id);
    rc.response().putHeader(RequestIds.HEADER, id);
    rc.addEndHandler(done -> MDC.remove(RequestIds.MDC_KEY));
    rc.next();
  }
}
