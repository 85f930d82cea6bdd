package vn.khaosat.survey.api.history;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.history.FieldChange;

/** One field of a part that a revision changed, from → to (absent: there was, or is, none). */
@Schema(name = "SessionFieldChange")
public record SessionFieldChangeView(
    @Schema(
            required = true,
            description = "The field as the part's record names it",
            example = "deadline",
            maxLength = 40)
        String field,
    @Schema(description = "The value before", example = "2020-03-31") Object from,
    @Schema(description = "The value after", example = "2020-06-30") Object to) {

  public static SessionFieldChangeView of(FieldChange change) {
    return new SessionFieldChangeView(change.field(), change.from(), change.to());
  }
}
