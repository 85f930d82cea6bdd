package vn.khaosat.survey.api.history;

import io.quarkus.security.Authenticated;
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
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.service.history.SessionHistory;

/** The history of a session (lịch sử chỉnh sửa biên bản): every change of its content. */
@Path("/api/surveys/{id}/history")
@Tag(name = "Survey sessions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SessionHistoryResource {

  private final SessionHistory history;

  public SessionHistoryResource(SessionHistory history) {
    this.history = history;
  }

  @GET
  @Operation(
      operationId = "getSurveySessionHistory",
      summary = "The history of a session",
      description =
          "Every change of the session's content, newest first, one entry per part a revision"
              + " changed: the session's own fields, its conclusion, a participant, agenda item,"
              + " statement, finding or directive (by its number); who, when, the request id,"
              + " added, changed or removed, and each field from → to. Readable as the session is,"
              + " also once signed, when nothing changes any more; a directive's status and the"
              + " amendments have their own records (the directive, the session).")
  @APIResponse(responseCode = "200", description = "One page of the session's history")
  @APIResponse(responseCode = "400", description = "A bad paging parameter")
  @APIResponse(responseCode = "404", description = "No session has this id")
  public Page<SessionRevisionView> history(
      @Parameter(example = "1") @PathParam("id") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long id,
      @Valid @BeanParam PageParams page) {
    return history.of(id, page).map(SessionRevisionView::of);
  }
}
