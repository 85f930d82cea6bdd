package vn.khaosat.gateway.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.khaosat.gateway.config.GatewayConfig;
import vn.khaosat.problem.RoutingProblems;
import vn.khaosat.problem.SafeText;

/**
 * Serves the merged document at {@code /q/openapi} and each service's at {@code
 * /q/openapi/{service}}, from the gateway's origin; Swagger UI at {@code /q/swagger-ui} lists them.
 */
@ApplicationScoped
public class DocumentRoutes {

  private final ApiDocuments documents;
  private final GatewayConfig config;

  public DocumentRoutes(ApiDocuments documents, GatewayConfig config) {
    this.documents = documents;
    this.config = config;
  }

  void install(@Observes Router router) {
    router.get("/q/openapi").handler(this::merged);
    router.get("/q/openapi/:service").handler(this::single);
  }

  private void merged(RoutingContext ctx) {
    documents
        .all()
        .onSuccess(all -> json(ctx, withLogin(OpenApiMerger.merge(all.getKey(), all.getValue()))))
        .onFailure(ctx::fail);
  }

  private void single(RoutingContext ctx) {
    String service = ctx.pathParam("service");
    if (!documents.services().contains(service)) {
      RoutingProblems.send(
          ctx,
          404,
          "not-found",
          "gateway.noDocument",
          SafeText.printable(service, 60),
          String.join(", ", documents.services()));
      return;
    }
    documents
        .of(service)
        .onSuccess(
            document -> json(ctx, withLogin(OpenApiMerger.throughGateway(service, document))))
        .onFailure(
            e ->
                RoutingProblems.send(
                    ctx, 503, "service-unavailable", "gateway.unavailable", service));
  }

  private String withLogin(ObjectNode document) {
    config.oidcDiscoveryUrl().ifPresent(url -> OidcLogin.addTo(document, url));
    return document.toString();
  }

  private static void json(RoutingContext ctx, String body) {
    ctx.response().putHeader("Content-Type", "application/json; charset=utf-8").end(body);
  }
}
