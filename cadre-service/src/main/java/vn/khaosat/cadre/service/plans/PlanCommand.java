package vn.khaosat.cadre.service.plans;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import vn.khaosat.cadre.domain.committees.CommitteeRole;

/** A personnel plan to create or replace while it is a draft. */
public record PlanCommand(
    Long committeeId,
    String termCode,
    String ruleSetCode,
    YearMonth referenceMonth,
    String title,
    Integer seats,
    BigDecimal localEthnicMinorityPercent,
    List<Nominee> candidates) {

  /** A cadre proposed for a role. */
  public record Nominee(Long cadreId, CommitteeRole proposedRole) {}
}
