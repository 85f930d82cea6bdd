package vn.khaosat.survey.api.dossier;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.problem.Messages;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.domain.dossier.Dossier;
import vn.khaosat.survey.domain.dossier.MissingPart;

/** A dossier as taken: the two parts as the services sent them, and what is missing and why. */
@Schema(name = "Dossier")
public record DossierView(
    @Schema(required = true, example = "1") long id,
    @Schema(required = true, example = "1") long sessionId,
    @Schema(required = true) OffsetDateTime takenAt,
    @Schema(example = "thu-ky", maxLength = Limits.NAME) String takenBy,
    @Schema(
            description =
                "indicators-service's scorecard of the host unit for the reviewed term, as it"
                    + " answered (GET /api/scorecards; the example leaves its targets out)",
            example = SCORECARD_EXAMPLE)
        Map<String, Object> scorecard,
    @Schema(
            required = true,
            description =
                "The scorecards, for the reviewed term, of the units the host unit succeeded (a"
                    + " commune created on 1 July 2025: the district before it); empty when none",
            maxItems = Limits.PREDECESSORS)
        List<Map<String, Object>> predecessorScorecards,
    @Schema(
            description =
                "cadre-service's summary of the latest vetting of the unit's plan, as it answered"
                    + " (GET /api/personnel-plans/{id}/vetting/summary)",
            example = VETTING_EXAMPLE)
        Map<String, Object> vetting,
    @Schema(required = true, description = "True when every part is there") boolean complete,
    @Schema(required = true, maxItems = Limits.DOSSIER_PARTS) List<Missing> missing) {

  static final String SCORECARD_EXAMPLE =
      "{\"unitCode\":\"665\",\"unitName\":\"Huyện Đắk Song\",\"termCode\":\"2015-2020\","
          + "\"year\":2019,\"totalTargets\":26,"
          + "\"counts\":{\"EXCEEDED\":13,\"MET\":10,\"NOT_MET\":3},"
          + "\"summary\":\"13/26 vượt, 10/26 đạt, 3/26 không đạt\",\"targets\":[],"
          + "\"warnings\":[]}";

  static final String VETTING_EXAMPLE =
      "{\"id\":1,\"planId\":1,\"ruleSetCode\":\"CT35-2019\","
          + "\"ranAt\":\"2019-11-20T09:00:00+07:00\",\"ranBy\":\"to-chuc\","
          + "\"summary\":{\"candidates\":3,\"eligible\":3,\"eligibleWithWarnings\":0,"
          + "\"notEligible\":0,\"blockingFailures\":0,\"warnings\":0},"
          + "\"approvable\":true,\"slate\":[]}";

  public static DossierView of(Dossier d, Locale locale) {
    return new DossierView(
        d.id,
        d.session.id,
        d.takenAt,
        d.takenBy,
        d.scorecard,
        d.predecessorScorecards,
        d.vetting,
        d.missing.isEmpty(),
        d.missing.stream().map(m -> Missing.of(m, locale)).toList());
  }

  /**
   * A part that could not be fetched: {@code reason} is UNAVAILABLE, TIMEOUT, CIRCUIT_OPEN,
   * NOT_FOUND, REFUSED, NO_PLAN or NOT_VETTED.
   */
  @Schema(name = "DossierMissingPart")
  public record Missing(
      @Schema(
              required = true,
              enumeration = {"scorecard", "predecessors", "vetting"},
              example = "scorecard")
          String source,
      @Schema(
              required = true,
              enumeration = {
                "UNAVAILABLE",
                "TIMEOUT",
                "CIRCUIT_OPEN",
                "NOT_FOUND",
                "REFUSED",
                "NO_PLAN",
                "NOT_VETTED"
              },
              example = "UNAVAILABLE")
          String reason,
      @Schema(example = "indicators-service", maxLength = Limits.MESSAGE) String detail,
      @Schema(
              required = true,
              example = "Thiếu bảng đánh giá chỉ tiêu: indicators-service không trả lời.",
              maxLength = Limits.MESSAGE)
          String message) {

    static Missing of(MissingPart m, Locale locale) {
      return new Missing(
          m.source(),
          m.reason(),
          m.detail(),
          Messages.format(locale, "dossier." + m.source() + "." + m.reason(), m.detail()));
    }
  }
}
