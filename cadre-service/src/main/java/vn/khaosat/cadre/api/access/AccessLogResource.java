package vn.khaosat.cadre.api.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.cadre.api.Codes;
import vn.khaosat.cadre.service.access.AccessFilter;
import vn.khaosat.cadre.service.access.AccessLogQuery;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.security.Roles;

@Path("/api/personal-data-access")
@Tag(
    name = "Personal data access",
    description = "The access log of cadres' personal data (nhật ký truy cập dữ liệu cá nhân)")
@Produces(MediaType.APPLICATION_JSON)
public class AccessLogResource {

  private static final String BOUND =
      "A date (the whole day, Asia/Ho_Chi_Minh) or a date-time with its offset; inclusive";

  private final AccessLogQuery log;

  public AccessLogResource(AccessLogQuery log) {
    this.log = log;
  }

  @GET
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "listPersonalDataAccess",
      summary = "Every read of cadres' personal fields",
      description =
          "The whole access log, newest first, by user (the token's user name, exactly) and"
              + " period. Needs admin.")
  @APIResponse(responseCode = "200", description = "One page of reads")
  @APIResponse(responseCode = "400", description = "A bad filter or paging parameter")
  @APIResponse(responseCode = "403", description = "Not an admin")
  public Page<PersonalDataAccessView> list(
      @Parameter(description = "The token's user name", example = "thanh-tra@tinh-uy")
          @QueryParam("user")
          @Size(max = Codes.USER_LENGTH)
          String user,
      @Parameter(description = BOUND, example = "2026-12-01")
          @QueryParam("from")
          @Size(max = TimeBound.LENGTH)
          @Pattern(regexp = TimeBound.PATTERN)
          String from,
      @Parameter(description = BOUND, example = "2026-12-31T23:59:59+07:00")
          @QueryParam("to")
          @Size(max = TimeBound.LENGTH)
          @Pattern(regexp = TimeBound.PATTERN)
          String to,
      @Valid @BeanParam PageParams page) {
    OffsetDateTime start = TimeBound.start("from", from);
    OffsetDateTime after = TimeBound.after("to", to);
    if (start != null && after != null && !after.isAfter(start)) {
      throw ApiProblem.invalidParameter("query", "to", "access.toBeforeFrom", from, to);
    }
    return log.all(new AccessFilter(user, start, after), page).map(PersonalDataAccessView::of);
  }
}
