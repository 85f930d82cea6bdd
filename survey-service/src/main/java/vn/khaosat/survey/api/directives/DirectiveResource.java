package vn.khaosat.survey.api.directives;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.caching.EntityTags;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.security.Roles;
import vn.khaosat.survey.api.IfMatch;
import vn.khaosat.survey.domain.Days;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.domain.directives.Directive;
import vn.khaosat.survey.domain.directives.DirectiveStatus;
import vn.khaosat.survey.service.directives.DirectiveQuery;
import vn.khaosat.survey.service.directives.DirectiveService;
import vn.khaosat.survey.service.directives.DirectiveStatusCommand;

/** Directives across sessions: the follow-up of what delegations asked for. */
@Path("/api/directives")
@Tag(name = "Directives")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DirectiveResource {

  private final DirectiveQuery query;
  private final DirectiveService directives;

  public DirectiveResource(DirectiveQuery query, DirectiveService directives) {
    this.query = query;
    this.directives = directives;
  }

  @GET
  @Operation(
      operationId = "listDirectives",
      summary = "List directives across sessions",
      description =
          "Overdue ones first (open or in progress after their deadline), then by deadline."
              + " `unit` is the responsible unit; `dueBefore` keeps deadlines before that day.")
  @APIResponse(responseCode = "200", description = "One page of directives")
  @APIResponse(responseCode = "400", description = "A bad filter or paging parameter")
  public Page<DirectiveView> list(
      @Parameter(description = "The responsible unit's code", example = "665")
          @QueryParam("unit")
          @Size(max = Limits.UNIT_CODE)
          String unit,
      @Parameter(example = "OPEN") @QueryParam("status") DirectiveStatus status,
      @Parameter(example = "true") @QueryParam("overdue") Boolean overdue,
      @Parameter(example = "2020-06-30") @QueryParam("dueBefore") LocalDate dueBefore,
      @Valid @BeanParam PageParams page) {
    return query.list(unit, status, overdue, dueBefore, page).map(DirectiveView::of);
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getDirective",
      summary = "Read a directive with every change of its status",
      description = "Sends an ETag with its version and the day, which \"overdue\" follows.")
  @APIResponse(
      responseCode = "200",
      description = "The directive",
      content = @Content(schema = @Schema(implementation = DirectiveView.class)))
  @APIResponse(responseCode = "404", description = "No directive has this id")
  public Response get(
      @Parameter(example = "1") @PathParam("id") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long id) {
    return withChanges(directives.get(id));
  }

  @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
  @PATCH
  @Path("/{id}")
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @Operation(
      operationId = "changeDirectiveStatus",
      summary = "Change a directive's status, with a note and evidence",
      description =
          "Allowed after signing too. Needs secretary or admin for the host unit or the"
              + " responsible unit. DONE needs evidence; a DONE task may go back IN_PROGRESS and a"
              + " CANCELLED one be reopened. Every change is kept.")
  @APIResponse(
      responseCode = "200",
      description = "The directive with its changes",
      content = @Content(schema = @Schema(implementation = DirectiveView.class)))
  @APIResponse(responseCode = "400", description = "DONE without evidence, invalid fields")
  @APIResponse(responseCode = "404", description = "No directive has this id")
  @APIResponse(responseCode = "409", description = "A change the status rules refuse")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response changeStatus(
      @Parameter(example = "1") @PathParam("id") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long id,
      @Valid @BeanParam IfMatch ifMatch,
      @NotNull @Valid DirectiveStatusCommand request) {
    return withChanges(directives.changeStatus(id, request, ifMatch.value()));
  }

  // the view follows the day ("overdue"): so does its tag, or a revalidation would keep yesterday's
  private Response withChanges(Directive d) {
    LocalDate today = Days.today();
    return Response.ok(DirectiveView.of(d, directives.changes(d), today))
        .tag(EntityTags.valueOn(d.version, today))
        .build();
  }
}
