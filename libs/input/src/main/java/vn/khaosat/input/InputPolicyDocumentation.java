package vn.khaosat.input;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Writes into the document the limits the input policy enforces by itself, so that every string and
 * integer in it is bounded: a date is 10 characters and a date-time at most 35 (the strict ISO
 * forms {@link StrictJson} reads), and an integer of a schema only answers carry, which comes from
 * the server, has the range of its format. What a caller sends carries its own bounds, from the
 * Bean Validation annotations of the request records and parameters.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class InputPolicyDocumentation implements OASFilter {

  private static final String REF = "#/components/schemas/";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Map<String, Schema> components =
        openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
            ? Map.of()
            : openAPI.getComponents().getSchemas();
    Set<String> inputs = new HashSet<>();
    if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
      openAPI
          .getPaths()
          .getPathItems()
          .values()
          .forEach(
              item -> item.getOperations().values().forEach(op -> inputs(op, components, inputs)));
    }
    Map<Schema, Boolean> seen = new IdentityHashMap<>();
    components.forEach((name, schema) -> bound(schema, !inputs.contains(name), seen));
    if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
      openAPI
          .getPaths()
          .getPathItems()
          .values()
          .forEach(item -> item.getOperations().values().forEach(op -> inline(op, seen)));
    }
  }

  private static void inputs(Operation op, Map<String, Schema> components, Set<String> names) {
    if (op.getParameters() != null) {
      op.getParameters().forEach(p -> collect(p.getSchema(), components, names));
    }
    if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
      op.getRequestBody()
          .getContent()
          .getMediaTypes()
          .values()
          .forEach(m -> collect(m.getSchema(), components, names));
    }
  }

  /** The names of the component schemas a schema refers to, directly or through others. */
  private static void collect(Schema schema, Map<String, Schema> components, Set<String> names) {
    if (schema == null) {
      return;
    }
    if (schema.getRef() != null && schema.getRef().startsWith(REF)) {
      String name = schema.getRef().substring(REF.length());
      if (names.add(name)) {
        collect(components.get(name), components, names);
      }
    }
    children(schema).forEach(child -> collect(child, components, names));
  }

  private static void inline(Operation op, Map<Schema, Boolean> seen) {
    if (op.getParameters() != null) {
      for (Parameter p : op.getParameters()) {
        bound(p.getSchema(), false, seen);
      }
    }
    if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
      op.getRequestBody()
          .getContent()
          .getMediaTypes()
          .values()
          .forEach(m -> bound(m.getSchema(), false, seen));
    }
    if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
      op.getResponses()
          .getAPIResponses()
          .values()
          .forEach(
              r -> {
                if (r.getContent() != null) {
                  for (MediaType m : r.getContent().getMediaTypes().values()) {
                    bound(m.getSchema(), true, seen);
                  }
                }
              });
    }
  }

  private static void bound(Schema schema, boolean answerOnly, Map<Schema, Boolean> seen) {
    if (schema == null || seen.put(schema, Boolean.TRUE) != null) {
      return;
    }
    List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
    if (types.contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null) {
      if ("date".equals(schema.getFormat())) {
        schema.setMaxLength(10);
      } else if ("date-time".equals(schema.getFormat())) {
        schema.setMaxLength(35);
      }
    }
    if (answerOnly && types.contains(Schema.SchemaType.INTEGER)) {
      boolean wide = "int64".equals(schema.getFormat());
      if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
        schema.setMinimum(BigDecimal.valueOf(wide ? Long.MIN_VALUE : Integer.MIN_VALUE));
      }
      if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
        schema.setMaximum(BigDecimal.valueOf(wide ? Long.MAX_VALUE : Integer.MAX_VALUE));
      }
    }
    children(schema).forEach(child -> bound(child, answerOnly, seen));
  }

  private static List<Schema> children(Schema schema) {
    java.util.ArrayList<Schema> children = new java.util.ArrayList<>();
    if (schema.getProperties() != null) {
      children.addAll(schema.getProperties().values());
    }
    if (schema.getItems() != null) {
      children.add(schema.getItems());
    }
    for (List<Schema> group :
        java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
      if (group != null) {
        children.addAll(group);
      }
    }
    if (schema.getAdditionalPropertiesSchema() != null) {
      children.add(schema.getAdditionalPropertiesSchema());
    }
    return children;
  }
}
