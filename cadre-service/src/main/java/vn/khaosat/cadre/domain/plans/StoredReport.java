package vn.khaosat.cadre.domain.plans;

import java.util.List;
import vn.khaosat.cadre.domain.committees.CommitteeRole;
import vn.khaosat.cadre.domain.vetting.Finding;
import vn.khaosat.cadre.domain.vetting.Verdict;

/**
 * A vetting report as stored (JSON): the findings with their message keys and figures, so that it
 * is shown later in the reader's language exactly as it was judged.
 */
public record StoredReport(List<CandidateReport> candidates, List<Finding> slateFindings) {

  /**
   * The findings and the verdict of one candidate, with the name and role as they stood and the
   * version of the cadre record judged, so that a later change to it is noticed before approval.
   */
  public record CandidateReport(
      long cadreId,
      long cadreVersion,
      String fullName,
      CommitteeRole proposedRole,
      boolean reElection,
      Verdict verdict,
      int failures,
      int warnings,
      List<Finding> findings) {}
}
