package vn.khaosat.idempotency;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/** Documents the {@code Idempotency-Key} header on every create (a POST that answers 201). */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class IdempotencyKeyDocumentation implements OASFilter {

  @Override
  public PathItem filterPathItem(PathItem item) {
    Operation post = item.getPOST();
    if (post != null
        && post.getResponses() != null
        && post.getResponses().hasAPIResponse("201")
        && (post.getParameters() == null
            || post.getParameters().stream()
                .noneMatch(p -> Idempotent.HEADER.equals(p.getName())))) {
      post.addParameter(
          OASFactory.createParameter()
              .name(Idempotent.HEADER)
              .in(Parameter.In.HEADER)
              .description(
                  "Any unique string; a retry with the same key and body returns the first result"
                      + " (Idempotent-Replayed: true) for 24 hours; the key with another body is 422")
              .example("6f1c2a1e-5d0b-4c8e-9a57-3b7f1f2f9a10")
              .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200)));
    }
    return item;
  }
}
