package vn.khaosat.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.khaosat.caching.EntityTags;
import vn.khaosat.cadre.api.CommitteeRequest;
import vn.khaosat.cadre.domain.Committee;
import vn.khaosat.cadre.domain.CommitteeLevel;
import vn.khaosat.cadre.domain.CommitteeMember;
import vn.khaosat.cadre.domain.PersonnelPlan;
import vn.khaosat.cadre.domain.TermCode;
import vn.khaosat.paging.Filters;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.persistence.Flush;
import vn.khaosat.persistence.RetryOnRace;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.security.UnitScope;
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
  private final UnitScope scope;

  public CommitteeService(
      UnitDirectory units, TermDirectory terms, CadreLookup cadres, UnitScope scope) {
    this.units = units;
    this.terms = terms;
    this.cadres = cadres;
    this.scope = scope;
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

  static Committee require(long id) {
    Committee committee = Committee.findById(id);
    if (committee == null) {
      throw ApiProblem.notFound("committee.notFound", id);
    }
    return committee;
  }

  private static Committee locked(long id) {
    Committee committee = Committee.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (committee == null) {
      throw ApiProblem.notFound("committee.notFound", id);
    }
    return committee;
  }

  public Committee get(long id) {
    return require(id);
  }

  @Transactional
  public Committee create(CommitteeRequest request) {
    scope.require(Rights.RECORDS, request.unitCode());
    TermCode term = term(request.termCode());
    checkMembers(request);
    UnitInfo unit = units.require(request.unitCode(), "unitCode");
    if (!unit.existedDuring(term.startYear(), term.endYear())) {
      throw ApiProblem.invalidField(
          "unitCode", "committee.unitNotInTerm", request.unitCode(), term.toString());
    }
    terms.require(term.toString(), "termCode");
    if (Committee.count("unitCode = ?1 and termCode = ?2", unit.code(), term.toString()) > 0) {
      throw ApiProblem.conflict("committee.duplicate", unit.code(), term.toString());
    }
    Committee committee = new Committee();
    committee.unitCode = unit.code();
    committee.level = units.committeeLevel(unit);
    committee.termCode = term.toString();
    apply(committee, request);
    committee.persist();
    Flush.orConflict("committee.duplicate", unit.code(), term.toString());
    return committee;
  }

  /**
   * Replaces the name and the members, the committee read locked so that concurrent replaces queue:
   * the last one wins, and its members are merged with those the one before left.
   */
  @Transactional
  @RetryOnRace
  public Committee update(long id, CommitteeRequest request, String ifMatch) {
    Committee committee = locked(id);
    scope.require(Rights.RECORDS, committee.unitCode);
    EntityTags.checkIfMatch(ifMatch, committee.version);
    if (!committee.unitCode.equals(request.unitCode())) {
      throw ApiProblem.invalidField("unitCode", "committee.unitImmutable", committee.unitCode);
    }
    if (!committee.termCode.equals(request.termCode())) {
      throw ApiProblem.invalidField("termCode", "committee.termImmutable", committee.termCode);
    }
    checkMembers(request);
    apply(committee, request);
    return committee;
  }

  @Transactional
  public void delete(long id, String ifMatch) {
    Committee committee = locked(id);
    scope.require(Rights.RECORDS, committee.unitCode);
    EntityTags.checkIfMatch(ifMatch, committee.version);
    if (PersonnelPlan.count("committee", committee) > 0) {
      throw ApiProblem.conflict("committee.hasPlans", id);
    }
    committee.delete();
  }

  static TermCode term(String code) {
    try {
      return TermCode.parse(code);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalidField("termCode", "term.invalid", code);
    }
  }

  private void checkMembers(CommitteeRequest request) {
    List<CommitteeRequest.Member> members = request.memberList();
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
  private static void apply(Committee committee, CommitteeRequest request) {
    committee.name = request.name();
    Map<Long, CommitteeMember> seats = new HashMap<>();
    committee.members.forEach(m -> seats.put(m.cadreId, m));
    Set<Long> kept = new HashSet<>();
    for (var member : request.memberList()) {
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
