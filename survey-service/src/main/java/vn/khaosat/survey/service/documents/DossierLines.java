package vn.khaosat.survey.service.documents;

import java.util.List;
import java.util.Map;
import vn.khaosat.problem.Messages;
import vn.khaosat.survey.domain.dossier.Dossier;
import vn.khaosat.survey.service.documents.SessionDocument.ChartLine;
import vn.khaosat.survey.service.documents.SessionDocument.DossierLine;

/** A dossier in the words of the minutes: one line per part, and what is missing. */
final class DossierLines {

  private DossierLines() {}

  static DossierLine of(Dossier dossier, List<ChartLine> charts) {
    if (dossier == null) {
      return null;
    }
    return new DossierLine(
        dossier.takenAt,
        scorecard(dossier.scorecard),
        dossier.predecessorScorecards.stream()
            .map(s -> "%s: %s".formatted(s.get("unitName"), scorecard(s)))
            .toList(),
        vetting(dossier.vetting),
        dossier.missing.stream()
            .map(
                m ->
                    Messages.format(
                        Messages.VIETNAMESE,
                        "dossier." + m.source() + "." + m.reason(),
                        m.detail()))
            .toList(),
        charts);
  }

  private static String scorecard(Map<String, Object> scorecard) {
    if (scorecard == null) {
      return null;
    }
    return "Kết quả thực hiện chỉ tiêu nhiệm kỳ %s (số liệu năm %s): %s"
        .formatted(scorecard.get("termCode"), scorecard.get("year"), scorecard.get("summary"));
  }

  private static String vetting(Map<String, Object> vetting) {
    if (vetting == null) {
      return null;
    }
    return ("Rà soát phương án nhân sự theo %s: %s nhân sự, %s đủ tiêu chuẩn, %s đủ tiêu chuẩn"
            + " (có lưu ý), %s chưa đủ tiêu chuẩn; %s kết quả không đạt")
        .formatted(
            vetting.get("ruleSetCode"),
            get(vetting, "summary", "candidates"),
            get(vetting, "summary", "eligible"),
            get(vetting, "summary", "eligibleWithWarnings"),
            get(vetting, "summary", "notEligible"),
            get(vetting, "summary", "blockingFailures"));
  }

  private static Object get(Map<String, Object> map, String... path) {
    Object value = map;
    for (String key : path) {
      if (!(value instanceof Map<?, ?> m)) {
        return null;
      }
      value = m.get(key);
    }
    return value;
  }
}
