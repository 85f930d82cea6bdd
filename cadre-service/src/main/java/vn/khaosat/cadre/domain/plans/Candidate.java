package vn.khaosat.cadre.domain.plans;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.khaosat.cadre.domain.committees.CommitteeRole;

/** A cadre proposed on a personnel plan for a role on the next committee. */
@Embeddable
public class Candidate {

  public long cadreId;

  @Enumerated(EnumType.STRING)
  public CommitteeRole proposedRole;

  public Candidate() {}

  public Candidate(long cadreId, CommitteeRole proposedRole) {
    this.cadreId = cadreId;
    this.proposedRole = proposedRole;
  }
}
