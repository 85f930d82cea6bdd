package vn.khaosat.cadre.service.plans;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import vn.khaosat.cadre.domain.cadres.Cadre;
import vn.khaosat.cadre.domain.plans.StoredReport;
import vn.khaosat.cadre.domain.plans.VettingRecord;
import vn.khaosat.cadre.service.CadreLookup;

/**
 * The stored vetting reports of a plan, as the vetting and the approval read them: the latest one,
 * and the candidates whose record changed since it judged them.
 */
@ApplicationScoped
class Vettings {

  private final CadreLookup cadres;

  Vettings(CadreLookup cadres) {
    this.cadres = cadres;
  }

  /** The plan's latest report, or null when it was never vetted. */
  VettingRecord latest(long planId) {
    return VettingRecord.<VettingRecord>find("planId = ?1 order by ranAt desc, id desc", planId)
        .firstResult();
  }

  /** The candidates whose record changed since {@code vetting} judged it. */
  List<String> changedSince(VettingRecord vetting) {
    Map<Long, Cadre> now =
        cadres.requireAll(
            vetting.report.candidates().stream()
                .map(StoredReport.CandidateReport::cadreId)
                .toList(),
            "candidates");
    return vetting.report.candidates().stream()
        .filter(c -> now.get(c.cadreId()).version != c.cadreVersion())
        .map(StoredReport.CandidateReport::fullName)
        .toList();
  }
}
