package vn.khaosat.cadre.api.committees;

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
import jakarta.ws.rs.DELETE;
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
import java.util.Collection;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.cadre.api.Codes;
import vn.khaosat.cadre.domain.committees.Committee;
import vn.khaosat.cadre.domain.committees.CommitteeLevel;
import vn.khaosat.cadre.service.CadreLookup;
import vn.khaosat.cadre.service.committees.CommitteeService;
import vn.khaosat.idempotency.Idempotent;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.security.Roles;

@Path("/api/committees")
@Tag(name = "Committees", description = "Party committees (cấp ủy) per unit and term")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeResource {

  private final CommitteeService committees;
  private final CadreLookup cadres;

  public CommitteeResource(CommitteeService committees, CadreLookup cadres) {
    this.committees = committees;
    this.cadres = cadres;
  }

  @GET
  @Operation(
      operationId = "listCommittees",
      summary = "List committees",
      description = "Ordered by unit and term; filters combine.")
  @APIResponse(responseCode = "200", description = "One page of committees with their members")
  @APIResponse(responseCode = "400", description = "A bad filter or paging parameter")
  public Page<CommitteeView> list(
      @Parameter(example = "665")
          @QueryParam("unit")
          @Size(max = Codes.UNIT_LENGTH)
          @Pattern(regexp = Codes.UNIT)
          String unit,
      @Parameter(example = "2015-2020")
          @QueryParam("term")
          @Size(max = Codes.TERM_LENGTH)
          @Pattern(regexp = Codes.TERM)
          String term,
      @Parameter(example = "DISTRICT") @QueryParam("level") CommitteeLevel level,
      @Valid @BeanParam PageParams page) {
    Page<Committee> found = committees.list(unit, term, level, page);
    var names =
        cadres.names(
            found.items().stream()
                .map(c -> c.members)
                .flatMap(Collection::stream)
                .map(m -> m.cadreId)
                .collect(Collectors.toSet()));
    return found.map(c -> CommitteeView.of(c, names));
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getCommittee",
      summary = "Read a committee",
      description = "Sends an ETag with its version.")
  @APIResponse(
      responseCode = "200",
      description = "The committee",
      content = @Content(schema = @Schema(implementation = CommitteeView.class)))
  @APIResponse(responseCode = "404", description = "No committee has this id")
  public Response get(
      @Parameter(example = "1") @PathParam("id") @Min(Codes.MIN_ID) @Max(Codes.MAX_ID) long id) {
    return withTag(committees.get(id), Response.ok());
  }

  @POST
  @Idempotent
  @RolesAllowed({Roles.ORGANIZER, Roles.ADMIN})
  @Operation(
      operationId = "createCommittee",
      summary = "Create a committee",
      description =
          "Needs organizer (for the unit) or admin. The unit and the term are checked with"
              + " indicators-service: the unit must exist during the term, and gives the"
              + " committee its level (a commune directly under a province is"
              + " COMMUNE_UNDER_PROVINCE).")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new committee",
      content = @Content(schema = @Schema(implementation = CommitteeView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields, unknown unit, term or cadre")
  @APIResponse(responseCode = "403", description = "Outside the caller's units or role")
  @APIResponse(responseCode = "409", description = "The unit has a committee for this term")
  @APIResponse(
      responseCode = "503",
      description = "indicators-service cannot check the unit or the term")
  public Response create(@NotNull @Valid CommitteeRequest request) {
    Committee committee = committees.create(request.command());
    return withTag(committee, Response.created(URI.create("/api/committees/" + committee.id)));
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.ORGANIZER, Roles.ADMIN})
  @Operation(
      operationId = "updateCommittee",
      summary = "Replace a committee's name and members",
      description = "The unit and the term never change.")
  @APIResponse(
      responseCode = "200",
      description = "The committee as stored",
      content = @Content(schema = @Schema(implementation = CommitteeView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields or an unknown cadre")
  @APIResponse(responseCode = "403", description = "Outside the caller's units or role")
  @APIResponse(responseCode = "404", description = "No committee has this id")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response update(
      @Parameter(example = "1") @PathParam("id") @Min(Codes.MIN_ID) @Max(Codes.MAX_ID) long id,
      @Parameter(description = "ETag of the version read", example = "\"0\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Size(max = Codes.IF_MATCH_LENGTH)
          String ifMatch,
      @NotNull @Valid CommitteeRequest request) {
    return withTag(committees.update(id, request.command(), ifMatch), Response.ok());
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed({Roles.ORGANIZER, Roles.ADMIN})
  @Operation(
      operationId = "deleteCommittee",
      summary = "Delete a committee made by mistake",
      description = "Only one no plan uses.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No committee has this id")
  @APIResponse(responseCode = "409", description = "A personnel plan refers to it")
  public void delete(
      @Parameter(example = "1") @PathParam("id") @Min(Codes.MIN_ID) @Max(Codes.MAX_ID) long id,
      @Parameter(description = "ETag of the version read", example = "\"0\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Size(max = Codes.IF_MATCH_LENGTH)
          String ifMatch) {
    committees.delete(id, ifMatch);
  }

  private Response withTag(Committee committee, Response.ResponseBuilder builder) {
    var names =
        cadres.names(committee.members.stream().map(m -> m.cadreId).collect(Collectors.toSet()));
    return builder
        .entity(CommitteeView.of(committee, names))
        .tag(String.valueOf(committee.version))
        .build();
  }
}
