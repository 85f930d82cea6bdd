package vn.khaosat.cadre.api.plans;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.cadre.api.Codes;
import vn.khaosat.cadre.domain.plans.PersonnelPlan;
import vn.khaosat.cadre.domain.plans.PlanStatus;
import vn.khaosat.cadre.service.CadreLookup;
import vn.khaosat.cadre.service.plans.PlanService;
import vn.khaosat.idempotency.Idempotent;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.security.Roles;

@Path("/api/personnel-plans")
@Tag(
    name = "Personnel plans",
    description =
        "Slates for the next term (phương án nhân sự): DRAFT → SUBMITTED → VETTED → APPROVED")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

  private final PlanService plans;
  private final CadreLookup cadres;

  public PlanResource(PlanService plans, CadreLookup cadres) {
    this.plans = plans;
    this.cadres = cadres;
  }

  @GET
  @Operation(
      operationId = "listPersonnelPlans",
      summary = "List personnel plans",
      description = "Newest first; filters combine.")
  @APIResponse(responseCode = "200", description = "One page of plans")
  @APIResponse(responseCode = "400", description = "A bad filter or paging parameter")
  public Page<PlanView> list(
      @Parameter(description = "Committee id", example = "1")
          @QueryParam("committee")
          @Min(Codes.MIN_ID)
          @Max(Codes.MAX_ID)
          Long committee,
      @Parameter(description = "Unit of the committee", example = "665")
          @QueryParam("unit")
          @Size(max = Codes.UNIT_LENGTH)
          @Pattern(regexp = Codes.UNIT)
          String unit,
      @Parameter(description = "Term planned for", example = "2020-2025")
          @QueryParam("term")
          @Size(max = Codes.TERM_LENGTH)
          @Pattern(regexp = Codes.TERM)
          String term,
      @Parameter(example = "VETTED") @QueryParam("status") PlanStatus status,
      @Valid @BeanParam PageParams page) {
    Page<PersonnelPlan> found = plans.list(committee, unit, term, status, page);
    Set<Long> ids = new HashSet<>();
    found.items().forEach(p -> p.candidates.forEach(c -> ids.add(c.cadreId)));
    var names = cadres.names(ids);
    return found.map(p -> PlanView.of(p, names, p.sittingMembers()));
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getPersonnelPlan",
      summary = "Read a personnel plan",
      description = "Sends an ETag with its version.")
  @APIResponse(
      responseCode = "200",
      description = "The plan",
      content = @Content(schema = @Schema(implementation = PlanView.class)))
  @APIResponse(responseCode = "404", description = "No plan has this id")
  public Response get(
      @Parameter(example = "1") @PathParam("id") @Min(Codes.MIN_ID) @Max(Codes.MAX_ID) long id) {
    return view(plans.get(id), Response.ok());
  }

  @POST
  @Idempotent
  @RolesAllowed({Roles.ORGANIZER, Roles.ADMIN})
  @Operation(
      operationId = "createPersonnelPlan",
      summary = "Create a personnel plan",
      description =
          "Needs organizer (for the committee's unit) or admin. The term is the one after the"
              + " committee's, and indicators-service must know it; the reference month (the"
              + " congress) falls in its first year and, when left out, is the one the rule set"
              + " fixes for the committee's level. Every candidate must be 18 to 80 years old at"
              + " the reference month.")
  @APIResponse(
      responseCode = "201",
      description = "Created as DRAFT; Location names it",
      content = @Content(schema = @Schema(implementation = PlanView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Unknown committee, rule set, cadre or term; a candidate twice or of an implausible"
              + " age; a bad month, or none given where the rule set fixes none")
  @APIResponse(responseCode = "403", description = "Outside the caller's units or role")
  @APIResponse(responseCode = "503", description = "indicators-service cannot check the term")
  public Response create(@NotNull @Valid PlanRequest request) {
    PersonnelPlan plan = plans.create(request.command());
    return view(plan, Response.created(URI.create("/api/personnel-plans/" + plan.id)));
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.ORGANIZER, Roles.ADMIN})
  @Operation(
      operationId = "updatePersonnelPlan",
      summary = "Replace a draft plan",
      description = "Only while the plan is a DRAFT.")
  @APIResponse(
      responseCode = "200",
      description = "The plan as stored",
      content = @Content(schema = @Schema(implementation = PlanView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields")
  @APIResponse(responseCode = "409", description = "The plan is no longer a draft")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response update(
      @Parameter(example = "1") @PathParam("id") @Min(Codes.MIN_ID) @Max(Codes.MAX_ID) long id,
      @Parameter(description = "ETag of the version read", example = "\"0\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Size(max = Codes.IF_MATCH_LENGTH)
          String ifMatch,
      @NotNull @Valid PlanRequest request) {
    return view(plans.update(id, request.command(), ifMatch), Response.ok());
  }

  @POST
  @Path("/{id}/submit")
  @RolesAllowed({Roles.ORGANIZER, Roles.ADMIN})
  @Operation(
      operationId = "submitPersonnelPlan",
      summary = "Submit a draft plan for vetting",
      description =
          "Needs organizer (for the committee's unit) or admin. The slate is then fixed until the"
              + " plan is reopened; vetting needs a SUBMITTED (or VETTED) plan.")
  @APIResponse(
      responseCode = "200",
      description = "The plan, now SUBMITTED",
      content = @Content(schema = @Schema(implementation = PlanView.class)))
  @APIResponse(responseCode = "409", description = "The plan is not a draft")
  public Response submit(
      @Parameter(example = "1") @PathParam("id") @Min(Codes.MIN_ID) @Max(Codes.MAX_ID) long id,
      @Parameter(description = "ETag of the version read", example = "\"0\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Size(max = Codes.IF_MATCH_LENGTH)
          String ifMatch) {
    return view(plans.submit(id, ifMatch), Response.ok());
  }

  @POST
  @Path("/{id}/reopen")
  @RolesAllowed({Roles.ORGANIZER, Roles.ADMIN})
  @Operation(
      operationId = "reopenPersonnelPlan",
      summary = "Send a submitted or vetted plan back to draft",
      description = "To change the slate; it must then be submitted and vetted again.")
  @APIResponse(
      responseCode = "200",
      description = "The plan, now DRAFT",
      content = @Content(schema = @Schema(implementation = PlanView.class)))
  @APIResponse(responseCode = "409", description = "The plan is a draft or approved")
  public Response reopen(
      @Parameter(example = "1") @PathParam("id") @Min(Codes.MIN_ID) @Max(Codes.MAX_ID) long id,
      @Parameter(description = "ETag of the version read", example = "\"0\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Size(max = Codes.IF_MATCH_LENGTH)
          String ifMatch) {
    return view(plans.reopen(id, ifMatch), Response.ok());
  }

  @POST
  @Path("/{id}/approve")
  @RolesAllowed({Roles.ORGANIZER, Roles.ADMIN})
  @Operation(
      operationId = "approvePersonnelPlan",
      summary = "Approve a vetted plan",
      description = "Refused while any FAIL finding stands in the latest vetting report.")
  @APIResponse(
      responseCode = "200",
      description = "The plan, now APPROVED",
      content = @Content(schema = @Schema(implementation = PlanView.class)))
  @APIResponse(responseCode = "409", description = "Not vetted, or FAIL findings stand")
  public Response approve(
      @Parameter(example = "1") @PathParam("id") @Min(Codes.MIN_ID) @Max(Codes.MAX_ID) long id,
      @Parameter(description = "ETag of the version read", example = "\"0\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Size(max = Codes.IF_MATCH_LENGTH)
          String ifMatch) {
    return view(plans.approve(id, ifMatch), Response.ok());
  }

  private Response view(PersonnelPlan plan, Response.ResponseBuilder builder) {
    var names = cadres.names(plan.candidates.stream().map(c -> c.cadreId).toList());
    return builder
        .entity(PlanView.of(plan, names, plan.sittingMembers()))
        .tag(String.valueOf(plan.version))
        .build();
  }
}
