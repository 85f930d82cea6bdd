package vn.khaosat.cadre.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The one server of this document: the service itself, relative to wherever it is read, and meant
 * for the gateway only (clients use the gateway's merged document, whose server is the gateway).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ServerDocumentation implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    openAPI.setServers(
        List.of(
            OASFactory.createServer()
                .url("/")
                .description(
                    "cadre-service itself, in local development, staging or production; behind"
                        + " the gateway, which alone is reachable from outside")
                .addExtension("x-internal", true)));
  }
}
