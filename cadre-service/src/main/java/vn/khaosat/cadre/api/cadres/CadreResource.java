package vn.khaosat.cadre.api.cadres;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.cadre.api.Codes;
import vn.khaosat.cadre.api.access.CarriesPersonalData;
import vn.khaosat.cadre.api.access.HandedPersonalData;
import vn.khaosat.cadre.domain.cadres.Cadre;
import vn.khaosat.cadre.domain.cadres.Gender;
import vn.khaosat.cadre.domain.cadres.TheoryLevel;
import vn.khaosat.cadre.service.PersonalAccess;
import vn.khaosat.cadre.service.cadres.CadreFilter;
import vn.khaosat.cadre.service.cadres.CadreHistory;
import vn.khaosat.cadre.service.cadres.CadreRevision;
import vn.khaosat.cadre.service.cadres.CadreSearch;
import vn.khaosat.cadre.service.cadres.CadreService;
import vn.khaosat.idempotency.Idempotent;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.security.Roles;

@Path("/api/cadres")
@Tag(name = "Cadres", description = "Cadre records (cán bộ, đảng viên) and their history")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CadreResource {

  private final CadreService cadres;
  private final CadreSearch search;
  private final CadreHistory history;
  private final PersonalAccess access;
  private final HandedPersonalData handed;

  public CadreResource(
      CadreService cadres,
      CadreSearch search,
      CadreHistory history,
      PersonalAccess access,
      HandedPersonalData handed) {
    this.cadres = cadres;
    this.search = search;
    this.history = history;
    this.access = access;
    this.handed = handed;
  }

  @GET
  @Operation(
      operationId = "listCadres",
      summary = "List cadres",
      description =
          "A summary without personal fields. q ignores diacritics (\"nguyen van\" finds"
              + " \"Nguyễn Văn An\"). The ethnicity filter needs organizer, inspector or admin,"
              + " and matches only cadres whose personal fields the caller sees: an admin's all,"
              + " an organizer's or inspector's those of its units and the units below them.")
  @APIResponse(responseCode = "200", description = "One page of cadres")
  @APIResponse(responseCode = "400", description = "A bad filter or paging parameter")
  @APIResponse(responseCode = "403", description = "Filtering by ethnicity without the right")
  public Page<CadreView> list(
      @Parameter(description = "Name, without regard to diacritics", example = "nguyen van")
          @QueryParam("q")
          @Size(max = 200)
          String q,
      @Parameter(description = "Unit code", example = "665")
          @QueryParam("unit")
          @Size(max = Codes.UNIT_LENGTH)
          @Pattern(regexp = Codes.UNIT)
          String unit,
      @Parameter(example = "FEMALE") @QueryParam("gender") Gender gender,
      @Parameter(
              description = "Ethnicity, without regard to case and diacritics",
              example = "M'Nông")
          @QueryParam("ethnicity")
          @Size(max = 60)
          String ethnicity,
      @Parameter(example = "ADVANCED") @QueryParam("theoryLevel") TheoryLevel theoryLevel,
      @Parameter(description = "In the succession plan (quy hoạch)", example = "true")
          @QueryParam("inSuccessionPlan")
          Boolean inSuccessionPlan,
      @Valid @BeanParam PageParams page) {
    var filter = new CadreFilter(q, unit, gender, ethnicity, theoryLevel, inSuccessionPlan);
    return search.list(filter, page).map(CadreView::summary);
  }

  @GET
  @Path("/{id}")
  @CarriesPersonalData
  @Operation(
      operationId = "getCadre",
      summary = "Read a cadre",
      description =
          "Admins, and organizers and inspectors whose units cover the cadre's unit (the unit"
              + " itself or one above it), also get the personal fields (date of birth, ethnicity,"
              + " religion, Party dates, asset declarations, discipline); others get the summary.")
  @APIResponse(
      responseCode = "200",
      description = "The cadre",
      content = @Content(schema = @Schema(implementation = CadreView.class)))
  @APIResponse(responseCode = "404", description = "No cadre has this id")
  public Response get(
      @Parameter(example = "1") @PathParam("id") @Min(Codes.MIN_ID) @Max(Codes.MAX_ID) long id) {
    Cadre cadre = cadres.get(id);
    return Response.ok(view(cadre)).tag(String.valueOf(cadre.version)).build();
  }

  @GET
  @Path("/{id}/history")
  @CarriesPersonalData
  @Operation(
      operationId = "getCadreHistory",
      summary = "The history of a cadre record",
      description =
          "Every revision, newest first: who, when and which fields changed. Personal values are"
              + " withheld from those who may not see them on the cadre's detail.")
  @APIResponse(responseCode = "200", description = "One page of revisions")
  @APIResponse(responseCode = "404", description = "No cadre has this id")
  public Page<RevisionEntry> history(
      @Parameter(example = "1") @PathParam("id") @Min(Codes.MIN_ID) @Max(Codes.MAX_ID) long id,
      @Valid @BeanParam PageParams page) {
    Page<CadreRevision> revisions = history.of(id, page);
    if (revisions.items().stream().anyMatch(CadreRevision::carriesPersonal)) {
      handed.of(id);
    }
    return revisions.map(RevisionEntry::of);
  }

  @POST
  @Idempotent
  @CarriesPersonalData
  @RolesAllowed({Roles.ORGANIZER, Roles.ADMIN})
  @Operation(
      operationId = "createCadre",
      summary = "Create a cadre record",
      description = "Needs organizer (for the cadre's unit) or admin; the unit must exist.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new cadre",
      content = @Content(schema = @Schema(implementation = CadreView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields or an unknown unit")
  @APIResponse(responseCode = "403", description = "Outside the caller's units or role")
  @APIResponse(responseCode = "503", description = "indicators-service cannot check the unit")
  public Response create(@NotNull @Valid CadreRequest request) {
    Cadre cadre = cadres.create(request.command());
    return Response.created(URI.create("/api/cadres/" + cadre.id))
        .entity(view(cadre))
        .tag(String.valueOf(cadre.version))
        .build();
  }

  @PUT
  @Path("/{id}")
  @CarriesPersonalData
  @RolesAllowed({Roles.ORGANIZER, Roles.ADMIN})
  @Operation(
      operationId = "updateCadre",
      summary = "Replace a cadre record",
      description = "Discipline is kept: it is changed through its own endpoint.")
  @APIResponse(
      responseCode = "200",
      description = "The cadre as stored",
      content = @Content(schema = @Schema(implementation = CadreView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields or an unknown unit")
  @APIResponse(responseCode = "403", description = "Outside the caller's units or role")
  @APIResponse(responseCode = "404", description = "No cadre has this id")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  @APIResponse(responseCode = "503", description = "indicators-service cannot check the unit")
  public Response update(
      @Parameter(example = "1") @PathParam("id") @Min(Codes.MIN_ID) @Max(Codes.MAX_ID) long id,
      @Parameter(description = "ETag of the version read", example = "\"0\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Size(max = Codes.IF_MATCH_LENGTH)
          String ifMatch,
      @NotNull @Valid CadreRequest request) {
    Cadre cadre = cadres.update(id, request.command(), ifMatch);
    return Response.ok(view(cadre)).tag(String.valueOf(cadre.version)).build();
  }

  private CadreView view(Cadre cadre) {
    if (!access.mayReadPersonal(cadre.unitCode)) {
      return CadreView.summary(cadre);
    }
    handed.of(cadre.id);
    return CadreView.of(cadre, PersonalView.of(cadre));
  }
}
