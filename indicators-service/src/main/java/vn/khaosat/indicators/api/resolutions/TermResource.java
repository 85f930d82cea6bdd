package vn.khaosat.indicators.api.resolutions;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import vn.khaosat.idempotency.Idempotent;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.service.resolutions.TermService;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.security.Roles;

@Path("/api/terms")
@Tag(name = "Terms", description = "Congress terms (nhiệm kỳ)")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TermResource {

  private final TermService terms;

  public TermResource(TermService terms) {
    this.terms = terms;
  }

  @GET
  @Operation(
      operationId = "listTerms",
      summary = "List terms",
      description = "By code; 2015-2020, 2020-2025 and 2025-2030 are seeded.")
  @APIResponse(responseCode = "200", description = "One page of terms")
  public Page<TermView> list(@Valid @BeanParam PageParams page) {
    return terms.list(page).map(TermView::of);
  }

  @GET
  @Path("/{code}")
  @Operation(
      operationId = "getTerm",
      summary = "Read a term",
      description = "Its base year and its years: 2015-2020 runs from 2016 to 2020.")
  @APIResponse(responseCode = "200", description = "The term")
  @APIResponse(responseCode = "404", description = "No term has this code")
  public TermView get(
      @Parameter(example = "2015-2020") @PathParam("code") @Size(max = ColumnLimits.TERM_CODE)
          String code) {
    return TermView.of(terms.get(code));
  }

  @POST
  @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
  @Idempotent
  @Operation(
      operationId = "createTerm",
      summary = "Create a term",
      description = "Needs statistician or admin.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = TermView.class)))
  @APIResponse(responseCode = "400", description = "Not a code like 2015-2020")
  @APIResponse(responseCode = "409", description = "The term exists already")
  public Response create(@NotNull @Valid TermRequest request) {
    var term = terms.create(request.code());
    return Response.created(URI.create("/api/terms/" + term.code))
        .entity(TermView.of(term))
        .build();
  }

  @DELETE
  @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
  @Path("/{code}")
  @Operation(
      operationId = "deleteTerm",
      summary = "Delete a term no resolution refers to",
      description = "Needs statistician or admin.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No term has this code")
  @APIResponse(responseCode = "409", description = "Resolutions refer to it")
  public void delete(
      @Parameter(example = "2015-2020") @PathParam("code") @Size(max = ColumnLimits.TERM_CODE)
          String code) {
    terms.delete(code);
  }
}
