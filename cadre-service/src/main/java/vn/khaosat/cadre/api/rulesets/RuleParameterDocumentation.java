package vn.khaosat.cadre.api.rulesets;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import vn.khaosat.cadre.domain.vetting.ParameterCatalog;

/**
 * Writes the parameters of every rule kind into the API document, on the {@code parameters} of a
 * rule as it is sent and as it is read, from the same catalogue the rules are parsed with.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RuleParameterDocumentation implements OASFilter {

  static final String INTRODUCTION =
      "The parameters the rule's kind takes, every value as text: at most 20, each name a letter"
          + " then letters or digits (at most 40), each value at most 200 characters. A name the"
          + " kind does not take, a required one missing or a malformed value is refused with a 400"
          + " naming `rules[i].parameters.<name>`.\n\n";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    for (String name : new String[] {"RuleRequest", "RuleDefinition"}) {
      Schema schema = schemas.get(name);
      if (schema != null && schema.getProperties() != null) {
        Schema parameters = schema.getProperties().get("parameters");
        if (parameters != null) {
          parameters.setDescription(INTRODUCTION + ParameterCatalog.markdownTable());
          // the names' form, which Bean Validation checks on the map's keys
          parameters.setPropertyNames(
              OASFactory.createSchema()
                  .addType(Schema.SchemaType.STRING)
                  .pattern("^" + RuleSetRequest.PARAMETER_NAME + "$")
                  .maxLength(RuleSetRequest.PARAMETER_NAME_LENGTH));
        }
      }
    }
  }
}
