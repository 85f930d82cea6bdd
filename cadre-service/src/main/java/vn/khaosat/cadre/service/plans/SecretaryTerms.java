package vn.khaosat.cadre.service.plans;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.khaosat.cadre.domain.TermCode;
import vn.khaosat.cadre.domain.committees.Committee;
import vn.khaosat.cadre.domain.committees.CommitteeRole;

/** Counts the terms in a row a cadre has been secretary of a unit's committee. */
final class SecretaryTerms {

  private final Map<String, Committee> byTerm = new HashMap<>();
  private final TermCode sitting;

  private SecretaryTerms(List<Committee> committees, TermCode sitting) {
    committees.forEach(c -> byTerm.put(c.termCode, c));
    this.sitting = sitting;
  }

  /** All committees of the sitting committee's unit, loaded once. */
  static SecretaryTerms of(Committee sitting) {
    List<Committee> all = Committee.list("unitCode", sitting.unitCode);
    return new SecretaryTerms(all, TermCode.parse(sitting.termCode));
  }

  /** Terms in a row, ending with the sitting term, in which the cadre was secretary. */
  int consecutive(long cadreId) {
    int count = 0;
    for (TermCode term = sitting; isSecretary(byTerm.get(term.toString()), cadreId); ) {
      count++;
      term = term.previous();
    }
    return count;
  }

  private static boolean isSecretary(Committee committee, long cadreId) {
    return committee != null
        && committee.members.stream()
            .anyMatch(m -> m.cadreId == cadreId && m.role == CommitteeRole.SECRETARY);
  }
}
