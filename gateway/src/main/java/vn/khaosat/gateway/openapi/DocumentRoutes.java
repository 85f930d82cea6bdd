package vn.khaosat.gateway.openapi;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.khaosat.problem.RoutingProblems;
import vn.khaosat.problem.SafeText;

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
            document -> json(ctx, OpenApiMerger.throughGateway(service, document).toString()))
        .onFailure(
            e ->
                RoutingProblems.send(
                    ctx, 503, "service-unavailable", "gateway.unavailable", service));
  }

  private static void json(RoutingContext ctx, String body) {
    ctx.response().putHeader("Content-Type", "application/json; charset=utf-8").end(body);
  }
}
