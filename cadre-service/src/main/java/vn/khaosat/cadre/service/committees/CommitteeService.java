package vn.khaosat.cadre.service.committees;

import io.quarkus.security.PermissionsAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.khaosat.cadre.domain.TermCode;
import vn.khaosat.cadre.domain.committees.Committee;
import vn.khaosat.cadre.domain.committees.CommitteeLevel;
import vn.khaosat.cadre.domain.committees.CommitteeMember;
import vn.khaosat.cadre.domain.plans.PersonnelPlan;
import vn.khaosat.cadre.service.CadreLookup;
import vn.khaosat.cadre.service.Rights;
import vn.khaosat.cadre.service.Rows;
import vn.khaosat.cadre.service.TermDirectory;
import vn.khaosat.cadre.service.UnitDirectory;
import vn.khaosat.paging.Filters;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.persistence.Flush;
import vn.khaosat.persistence.RetryOnRace;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.upstream.UnitInfo;

/**
 * Committees per unit and term; the unit and the term are checked against indicators-service before
 * saving, and the unit gives the committee its level.
 */
@ApplicationScoped
public class CommitteeService {

  private final UnitDirectory units;
  private final TermDirectory terms;
  private final CadreLookup cadres;
  private final Rows rows;

  public CommitteeService(UnitDirectory units, TermDirectory terms, CadreLookup cadres, Rows rows) {
    this.units = units;
    this.terms = terms;
    this.cadres = cadres;
    this.rows = rows;
  }

  public Page<Committee> list(String unit, String term, CommitteeLevel level, PageParams page) {
    Filters filters =
        new Filters()
            .add("unitCode = :unit", "unit", unit)
            .add("termCode = :term", "term", term)
            .add("level = :level", "level", level);
    return Page.of(
        Committee.<Committee>find(
            filters.query(), Filters.by("unitCode", "termCode"), filters.parameters()),
        page,
        c -> c);
  }

  public Committee get(long id) {
    return rows.find(Committee.class, id, "committee.notFound");
  }

  /** The caller's right for the unit is checked first ({@link CommitteePermissions}). */
  @Transactional
  @PermissionsAllowed(CommitteePermissions.CREATE)
  public Committee create(CommitteeCommand command) {
    TermCode term = term(command.termCode());
    checkMembers(command);
    UnitInfo unit = units.require(command.unitCode(), "unitCode");
    if (!unit.existedDuring(term.startYear(), term.endYear())) {
      throw ApiProblem.invalidField(
          "unitCode", "committee.unitNotInTerm", command.unitCode(), term.toString());
    }
    terms.require(term.toString(), "termCode");
    if (Committee.count("unitCode = ?1 and termCode = ?2", unit.code(), term.toString()) > 0) {
      throw ApiProblem.conflict("committee.duplicate", unit.code(), term.toString());
    }
    Committee created = new Committee();
    created.unitCode = unit.code();
    created.level = units.committeeLevel(unit);
    created.termCode = term.toString();
    apply(created, command);
    created.persist();
    Flush.orConflict("committee.duplicate", unit.code(), term.toString());
    return created;
  }

  /**
   * Replaces the name and the members, the committee read locked so that concurrent replaces queue:
   * the last one wins, and its members are merged with those the one before left.
   */
  @Transactional
  @RetryOnRace
  public Committee update(long id, CommitteeCommand command, String ifMatch) {
    Committee committee = writable(id, ifMatch);
    if (!committee.unitCode.equals(command.unitCode())) {
      throw ApiProblem.invalidField("unitCode", "committee.unitImmutable", committee.unitCode);
    }
    if (!committee.termCode.equals(command.termCode())) {
      throw ApiProblem.invalidField("termCode", "committee.termImmutable", committee.termCode);
    }
    checkMembers(command);
    apply(committee, command);
    return committee;
  }

  @Transactional
  public void delete(long id, String ifMatch) {
    Committee committee = writable(id, ifMatch);
    if (PersonnelPlan.count("committee", committee) > 0) {
      throw ApiProblem.conflict("committee.hasPlans", id);
    }
    committee.delete();
  }

  private Committee writable(long id, String ifMatch) {
    return rows.writable(Committee.class, id, "committee.notFound", Rights.RECORDS, ifMatch);
  }

  private static TermCode term(String code) {
    try {
      return TermCode.parse(code);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalidField("termCode", "term.invalid", code);
    }
  }

  private void checkMembers(CommitteeCommand command) {
    List<CommitteeCommand.Seat> members = command.members();
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < members.size(); i++) {
      var member = members.get(i);
      if (!seen.add(member.cadreId())) {
        throw ApiProblem.invalidField(
            "members[" + i + "].cadreId", "committee.memberTwice", member.cadreId());
      }
      if (member.fromDate() != null
          && member.toDate() != null
          && member.toDate().isBefore(member.fromDate())) {
        throw ApiProblem.invalidField("members[" + i + "].toDate", "committee.memberDates");
      }
    }
    cadres.requireAll(seen, "members");
  }

  /**
   * Merges the members by cadre: a seat kept is updated in place, because Hibernate inserts before
   * it deletes and a re-added cadre would collide with its old seat.
   */
  private static void apply(Committee committee, CommitteeCommand command) {
    committee.name = command.name();
    Map<Long, CommitteeMember> seats = new HashMap<>();
    committee.members.forEach(m -> seats.put(m.cadreId, m));
    Set<Long> kept = new HashSet<>();
    for (var member : command.members()) {
      CommitteeMember seat = seats.get(member.cadreId());
      if (seat == null) {
        seat = new CommitteeMember();
        seat.committee = committee;
        seat.cadreId = member.cadreId();
        committee.members.add(seat);
      }
      seat.role = member.role();
      seat.fromDate = member.fromDate();
      seat.toDate = member.toDate();
      kept.add(member.cadreId());
    }
    committee.members.removeIf(m -> !kept.contains(m.cadreId));
  }
}
