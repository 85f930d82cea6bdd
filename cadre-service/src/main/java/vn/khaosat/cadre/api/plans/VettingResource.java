package vn.khaosat.cadre.api.plans;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.cadre.api.Codes;
import vn.khaosat.cadre.api.access.CarriesPersonalData;
import vn.khaosat.cadre.api.access.HandedPersonalData;
import vn.khaosat.cadre.domain.plans.VettingRecord;
import vn.khaosat.cadre.service.plans.VettingService;
import vn.khaosat.problem.ForbiddenDetail;
import vn.khaosat.problem.RequestLocale;
import vn.khaosat.security.Roles;

@Path("/api/personnel-plans/{id}/vetting")
@Tag(name = "Personnel plans")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class VettingResource {

  private final VettingService vetting;
  private final RequestLocale language;
  private final HandedPersonalData handed;

  /**
   * The language comes from {@code Accept-Language} as every problem's does ({@link
   * RequestLocale}): a header too long or garbled to read means the default, Vietnamese.
   */
  public VettingResource(
      VettingService vetting, RequestLocale language, HandedPersonalData handed) {
    this.vetting = vetting;
    this.language = language;
    this.handed = handed;
  }

  @POST
  @CarriesPersonalData
  @RolesAllowed({Roles.ORGANIZER, Roles.ADMIN})
  @Operation(
      operationId = "vetPersonnelPlan",
      summary = "Vet a personnel plan (rà soát, thẩm định)",
      description =
          "Runs the plan's rule set over every candidate and the slate and stores the report;"
              + " the plan becomes VETTED. Needs organizer (for the unit) or admin; the plan must"
              + " be SUBMITTED or VETTED. Details in the language of Accept-Language (vi by"
              + " default, or en).")
  @APIResponse(responseCode = "200", description = "The report just stored")
  @APIResponse(responseCode = "403", description = "Outside the caller's units or role")
  @APIResponse(responseCode = "404", description = "No plan has this id")
  @APIResponse(responseCode = "409", description = "The plan is a draft or approved")
  @APIResponse(responseCode = "412", description = "If-Match names an older version of the plan")
  public VettingView run(
      @Parameter(example = "1") @PathParam("id") @Min(Codes.MIN_ID) @Max(Codes.MAX_ID) long id,
      @Parameter(description = "ETag of the version read", example = "\"0\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Size(max = Codes.IF_MATCH_LENGTH)
          String ifMatch) {
    return report(vetting.run(id, ifMatch));
  }

  @GET
  @CarriesPersonalData
  @RolesAllowed({Roles.ORGANIZER, Roles.INSPECTOR, Roles.ADMIN})
  @ForbiddenDetail(key = "cadre.personalField", args = "vetting")
  @Operation(
      operationId = "getLatestVetting",
      summary = "The latest vetting report of a plan",
      description =
          "Candidates' findings show ages and discipline: personal fields. Needs admin, or"
              + " organizer or inspector whose units cover the unit of the plan's committee."
              + " Details in the language of Accept-Language (vi by default, or en).")
  @APIResponse(responseCode = "200", description = "The latest report")
  @APIResponse(
      responseCode = "403",
      description = "The caller may not see personal fields, or not this committee's")
  @APIResponse(
      responseCode = "503",
      description = "indicators-service cannot tell whether the caller's units cover the plan's")
  @APIResponse(responseCode = "404", description = "No such plan, or it was never vetted")
  public VettingView latest(
      @Parameter(example = "1") @PathParam("id") @Min(Codes.MIN_ID) @Max(Codes.MAX_ID) long id) {
    return report(vetting.latestOrFail(id));
  }

  @GET
  @Path("/summary")
  @Operation(
      operationId = "getLatestVettingSummary",
      summary = "Counts and slate findings of a plan's latest vetting",
      description =
          "Readable with any valid token: no candidate's findings, so no personal field. The"
              + " survey dossier of a district shows it. Details in the language of"
              + " Accept-Language (vi by default, or en).")
  @APIResponse(responseCode = "200", description = "The latest vetting in summary")
  @APIResponse(responseCode = "404", description = "No such plan, or it was never vetted")
  public VettingSummaryView summary(
      @Parameter(example = "1") @PathParam("id") @Min(Codes.MIN_ID) @Max(Codes.MAX_ID) long id) {
    return VettingSummaryView.of(vetting.latestSummaryOrFail(id), language.current());
  }

  /** A full report shows every candidate's ages and discipline: each one is recorded. */
  private VettingView report(VettingRecord record) {
    VettingView view = VettingView.of(record, language.current());
    handed.of(view.candidates().stream().map(VettingView.CandidateEntry::cadreId).toList());
    return view;
  }
}
