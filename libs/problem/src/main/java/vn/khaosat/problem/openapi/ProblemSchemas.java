package vn.khaosat.problem.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import vn.khaosat.problem.ProblemTypes;

/** The {@code Problem} schema (RFC 9457 with the suite's {@code violations}) and its parts. */
final class ProblemSchemas {

  private ProblemSchemas() {}

  static void register(Components components) {
    Schema violation =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .description("One value at fault")
            .addProperty(
                "field", text(500, "The field or parameter, e.g. size or candidates[0].cadreId"))
            .addProperty(
                "in",
                OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING)
                    .enumeration(List.of("body", "query", "path", "header"))
                    .description("Where the value was"))
            .addProperty("message", text(2000, "What is wrong with it, in the caller's language"))
            .required(List.of("field", "in", "message"));
    Schema problem =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .description(
                "An error (RFC 9457 problem details), in Vietnamese by default or English with"
                    + " Accept-Language: en. Some problems carry more members, e.g. an import's"
                    + " summary.")
            .addProperty("type", type())
            .addProperty("title", text(200, "The status in words"))
            .addProperty(
                "status",
                OASFactory.createSchema()
                    .addType(Schema.SchemaType.INTEGER)
                    .format("int32")
                    .minimum(java.math.BigDecimal.valueOf(400))
                    .maximum(java.math.BigDecimal.valueOf(599)))
            .addProperty("detail", text(4000, "What happened and what to do, for people"))
            .addProperty("instance", text(2000, "The path of the request"))
            .addProperty(
                "violations",
                OASFactory.createSchema()
                    .addType(Schema.SchemaType.ARRAY)
                    .maxItems(500)
                    .items(OASFactory.createSchema().ref("#/components/schemas/ProblemViolation")))
            .required(List.of("type", "title", "status", "detail", "instance"));
    components.addSchema("ProblemViolation", violation);
    components.addSchema(ProblemDocumentation.PROBLEM, problem);
    if (components.getSchemas() != null) {
      // the problem library's own schemas, replaced by these
      components.removeSchema("HttpProblem");
      components.removeSchema("HttpValidationProblem");
      components.removeSchema("Violation");
    }
  }

  /** The kind of error: every type the suite raises, listed with its status and meaning. */
  private static Schema type() {
    StringBuilder list =
        new StringBuilder(
            "The kind of error, one of these (urn:khaosat:problem: and a name). A client decides on"
                + " it, or on the status where it does not know a type:");
    for (ProblemTypes.Type type : ProblemTypes.all()) {
      list.append("\n- `")
          .append(type.uri())
          .append("` (")
          .append(type.status())
          .append("): ")
          .append(type.meaning());
    }
    return text(200, list.toString())
        .examples(List.<Object>of(ProblemTypes.of("constraint-violation").uri().toString()));
  }

  private static Schema text(int max, String description) {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.STRING)
        .maxLength(max)
        .description(description);
  }
}
