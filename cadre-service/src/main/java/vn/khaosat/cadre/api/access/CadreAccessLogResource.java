package vn.khaosat.cadre.api.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.cadre.api.Codes;
import vn.khaosat.cadre.service.access.AccessLogQuery;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.security.Roles;

@Path("/api/cadres/{cadreId}/personal-data-access")
@Tag(name = "Cadres")
@Produces(MediaType.APPLICATION_JSON)
public class CadreAccessLogResource {

  private final AccessLogQuery log;

  public CadreAccessLogResource(AccessLogQuery log) {
    this.log = log;
  }

  @GET
  @RolesAllowed({Roles.INSPECTOR, Roles.ADMIN})
  @Operation(
      operationId = "listCadrePersonalDataAccess",
      summary = "Who read a cadre's personal fields",
      description =
          "Every answer that carried this cadre's personal fields (detail, history, disciplinary"
              + " records, vetting reports): who, when, which operation, which request; newest"
              + " first. Needs admin, or inspector whose units cover the cadre's current unit,"
              + " as for its disciplinary records (Decree 13/2023/NĐ-CP).")
  @APIResponse(responseCode = "200", description = "One page of reads")
  @APIResponse(responseCode = "403", description = "Not an inspector of the cadre's unit or admin")
  @APIResponse(responseCode = "404", description = "No cadre has this id")
  @APIResponse(
      responseCode = "503",
      description = "indicators-service cannot tell whether the caller's units cover the cadre's")
  public Page<PersonalDataAccessView> list(
      @Parameter(example = "1") @PathParam("cadreId") @Min(Codes.MIN_ID) @Max(Codes.MAX_ID)
          long cadreId,
      @Valid @BeanParam PageParams page) {
    return log.ofCadre(cadreId, page).map(PersonalDataAccessView::of);
  }
}
