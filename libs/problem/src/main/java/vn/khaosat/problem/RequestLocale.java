package vn.khaosat.problem;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/** The language of the current request, read from {@code Accept-Language}: vi by default, or en. */
@ApplicationScoped
public class RequestLocale {

  public Locale current() {
    ManagedContext requestContext = Arc.container().requestContext();
    if (!requestContext.isActive()) {
      return Messages.DEFAULT_LOCALE;
    }
    RoutingContext routing = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
    if (routing == null) {
      return Messages.DEFAULT_LOCALE;
    }
    return Messages.fromAcceptLanguage(routing.request().getHeader("Accept-Language"));
  }
}
