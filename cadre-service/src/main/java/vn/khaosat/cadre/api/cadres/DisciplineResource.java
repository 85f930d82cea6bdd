package vn.khaosat.cadre.api.cadres;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.cadre.api.Codes;
import vn.khaosat.cadre.api.access.CarriesPersonalData;
import vn.khaosat.cadre.api.access.HandedPersonalData;
import vn.khaosat.cadre.domain.cadres.DisciplineRecord;
import vn.khaosat.cadre.service.cadres.DisciplineService;
import vn.khaosat.idempotency.Idempotent;
import vn.khaosat.problem.ForbiddenDetail;
import vn.khaosat.security.Roles;

@Path("/api/cadres/{cadreId}/disciplines")
@Tag(name = "Cadres")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisciplineResource {

  private static final String READERS =
      "Needs admin, or organizer or inspector whose units cover the cadre's unit.";
  private static final String NOT_THEIRS =
      "The caller may not see personal fields, or not this cadre's";
  private static final String SCOPE_UNKNOWN =
      "indicators-service cannot tell whether the caller's units cover the cadre's";

  private final DisciplineService disciplines;
  private final HandedPersonalData handed;

  public DisciplineResource(DisciplineService disciplines, HandedPersonalData handed) {
    this.disciplines = disciplines;
    this.handed = handed;
  }

  @GET
  @CarriesPersonalData
  @RolesAllowed({Roles.ORGANIZER, Roles.INSPECTOR, Roles.ADMIN})
  @ForbiddenDetail(key = "cadre.personalField", args = "disciplines")
  @Operation(
      operationId = "listDisciplines",
      summary = "List a cadre's disciplinary records (kỷ luật)",
      description = READERS)
  @APIResponse(
      responseCode = "200",
      description = "The records, oldest first",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = DisciplineView.class,
                      maxItems = DisciplineRecord.MAX_PER_CADRE)))
  @APIResponse(responseCode = "403", description = NOT_THEIRS)
  @APIResponse(responseCode = "503", description = SCOPE_UNKNOWN)
  @APIResponse(responseCode = "404", description = "No cadre has this id")
  public List<DisciplineView> list(
      @Parameter(example = "1") @PathParam("cadreId") @Min(Codes.MIN_ID) @Max(Codes.MAX_ID)
          long cadreId) {
    List<DisciplineView> records =
        disciplines.list(cadreId).stream().map(DisciplineView::of).toList();
    handed.of(cadreId);
    return records;
  }

  @GET
  @Path("/{id}")
  @CarriesPersonalData
  @RolesAllowed({Roles.ORGANIZER, Roles.INSPECTOR, Roles.ADMIN})
  @ForbiddenDetail(key = "cadre.personalField", args = "disciplines")
  @Operation(
      operationId = "getDiscipline",
      summary = "Read a disciplinary record",
      description = READERS)
  @APIResponse(responseCode = "200", description = "The record")
  @APIResponse(responseCode = "403", description = NOT_THEIRS)
  @APIResponse(responseCode = "503", description = SCOPE_UNKNOWN)
  @APIResponse(responseCode = "404", description = "No such cadre or record")
  public DisciplineView get(
      @Parameter(example = "1") @PathParam("cadreId") @Min(Codes.MIN_ID) @Max(Codes.MAX_ID)
          long cadreId,
      @Parameter(example = "1") @PathParam("id") @Min(Codes.MIN_ID) @Max(Codes.MAX_ID) long id) {
    DisciplineView record = DisciplineView.of(disciplines.get(cadreId, id));
    handed.of(cadreId);
    return record;
  }

  @POST
  @Idempotent
  @CarriesPersonalData
  @RolesAllowed({Roles.INSPECTOR, Roles.ADMIN})
  @Operation(
      operationId = "addDiscipline",
      summary = "Record a disciplinary measure",
      description = "Needs inspector (for the cadre's unit) or admin. Kept in the cadre's history.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded; Location names the record",
      content = @Content(schema = @Schema(implementation = DisciplineView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields or dates out of order")
  @APIResponse(responseCode = "403", description = "Not an inspector or admin for the unit")
  @APIResponse(responseCode = "404", description = "No cadre has this id")
  @APIResponse(responseCode = "409", description = "The cadre has the most records kept (100)")
  public Response add(
      @Parameter(example = "1") @PathParam("cadreId") @Min(Codes.MIN_ID) @Max(Codes.MAX_ID)
          long cadreId,
      @NotNull @Valid DisciplineRequest request) {
    var record = disciplines.add(cadreId, request.command());
    handed.of(cadreId);
    return Response.created(URI.create("/api/cadres/" + cadreId + "/disciplines/" + record.id))
        .entity(DisciplineView.of(record))
        .build();
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed({Roles.INSPECTOR, Roles.ADMIN})
  @Operation(
      operationId = "deleteDiscipline",
      summary = "Remove a disciplinary record entered by mistake or annulled",
      description = "Needs inspector or admin; the cadre's history keeps it.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "403", description = "Not an inspector or admin for the unit")
  @APIResponse(responseCode = "404", description = "No such cadre or record")
  public void delete(
      @Parameter(example = "1") @PathParam("cadreId") @Min(Codes.MIN_ID) @Max(Codes.MAX_ID)
          long cadreId,
      @Parameter(example = "1") @PathParam("id") @Min(Codes.MIN_ID) @Max(Codes.MAX_ID) long id) {
    disciplines.delete(cadreId, id);
  }
}
