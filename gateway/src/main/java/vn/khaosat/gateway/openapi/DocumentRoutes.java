package vn.khaosat.gateway.openapi;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves the merged document at {@code /q/openapi} and each service's at {@code
 * /q/openapi/{service}}, from the gateway's origin; Swagger UI at {@code /q/swagger-ui} lists them.
 */
@ApplicationScoped
public class DocumentRoutes {

  private final ApiDocuments documents;

  public DocumentRoutes(ApiDocuments documents) {
    this.documents = documents;
  }

  void install(@Observes Router router) {
    router.get("/q/openapi").handler(this::merged);
    router.get("/q/openapi/:service").handler(this::single);
  }

  private void merged(RoutingContext ctx) {
    documents
        .all()
        .onSuccess(all -> json(ctx, OpenApiMerger.merge(all.getKey(), all.getValue()).toString()))
        .onFailure(ctx::fail);
  }

  private void single(RoutingContext ctx) {
    String service = ctx.pathParam("service");
    if (!documents.services().contains(service)) {
      ctx.response().setStatusCode(404).end();
      return;
    }
    documents
        .of(service)
        .onSuccess(document -> json(ctx, OpenApiMerger.throughGateway(document).toString()))
        .onFailure(e -> ctx.response().setStatusCode(503).end());
  }

  private static void json(RoutingContext ctx, String body) {
    ctx.response().putHeader("Content-Type", "application/json; charset=utf-8").end(body);
  }
}
