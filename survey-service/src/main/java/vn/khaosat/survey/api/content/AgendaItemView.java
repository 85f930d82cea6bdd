package vn.khaosat.survey.api.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.domain.sessions.AgendaItem;

/** An agenda item in order. */
@Schema(name = "AgendaItem")
public record AgendaItemView(
    @Schema(required = true, example = "1") long id,
    @Schema(required = true, example = "1") int position,
    @Schema(required = true, maxLength = Limits.AGENDA_TITLE) String title) {

  public static AgendaItemView of(AgendaItem a) {
    return new AgendaItemView(a.id, a.position, a.title);
  }
}
