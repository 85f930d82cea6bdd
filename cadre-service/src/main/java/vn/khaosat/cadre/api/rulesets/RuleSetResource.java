package vn.khaosat.cadre.api.rulesets;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.cadre.api.Codes;
import vn.khaosat.cadre.service.rulesets.RuleSetService;
import vn.khaosat.idempotency.Idempotent;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.security.Roles;

@Path("/api/rule-sets")
@Tag(
    name = "Rule sets",
    description = "Versioned vetting rules, one set per congress round (e.g. CT35-2019)")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RuleSetResource {

  private final RuleSetService ruleSets;

  public RuleSetResource(RuleSetService ruleSets) {
    this.ruleSets = ruleSets;
  }

  @GET
  @Operation(
      operationId = "listRuleSets",
      summary = "List rule sets",
      description =
          "Ordered by code, every set with its rules; CT35-2019 (the 2020-2025 congresses) and"
              + " CT45-2025 (the 2025-2030 congresses) are seeded.")
  @APIResponse(responseCode = "200", description = "One page of rule sets with their rules")
  public Page<RuleSetView> list(@Valid @BeanParam PageParams page) {
    return ruleSets.list(page).map(RuleSetView::of);
  }

  @GET
  @Path("/{code}")
  @Operation(
      operationId = "getRuleSet",
      summary = "Read a rule set",
      description = "Every rule with parameters and source.")
  @APIResponse(responseCode = "200", description = "The rule set")
  @APIResponse(responseCode = "404", description = "No rule set has this code")
  public RuleSetView get(
      @Parameter(example = "CT35-2019")
          @PathParam("code")
          @Size(max = Codes.RULE_SET_LENGTH)
          @Pattern(regexp = Codes.RULE_SET)
          String code) {
    return RuleSetView.of(ruleSets.get(code));
  }

  @POST
  @Idempotent
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "createRuleSet",
      summary = "Add a rule set",
      description =
          "Needs admin. A set is never changed once stored, since vetting reports refer to it;"
              + " a correction is a new set that names the one it supersedes. Each rule's"
              + " parameters are checked against its kind.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new set",
      content = @Content(schema = @Schema(implementation = RuleSetView.class)))
  @APIResponse(responseCode = "400", description = "Unknown kind, missing or bad parameter")
  @APIResponse(responseCode = "403", description = "Not an admin")
  @APIResponse(responseCode = "409", description = "The code exists already")
  public Response create(@NotNull @Valid RuleSetRequest request) {
    var set = ruleSets.create(request.command());
    return Response.created(URI.create("/api/rule-sets/" + set.code))
        .entity(RuleSetView.of(set))
        .build();
  }
}
