package vn.khaosat.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.Hibernate;
import vn.khaosat.caching.EntityTags;
import vn.khaosat.cadre.api.CadreRequest;
import vn.khaosat.cadre.domain.Cadre;
import vn.khaosat.cadre.domain.Post;
import vn.khaosat.paging.Filters;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.paging.SearchText;
import vn.khaosat.persistence.Flush;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.security.CurrentUser;
import vn.khaosat.security.Roles;

/** Creates, changes and lists cadre records; writes need organizer or admin for the unit. */
@ApplicationScoped
public class CadreService {

  private final UnitDirectory units;
  private final CurrentUser user;
  private final PersonalAccess access;

  public CadreService(UnitDirectory units, CurrentUser user, PersonalAccess access) {
    this.units = units;
    this.user = user;
    this.access = access;
  }

  public Page<Cadre> list(CadreFilter filter, PageParams page) {
    if (filter.ethnicity() != null && !filter.ethnicity().isBlank()) {
      // filtering by a personal field would reveal it
      access.requirePersonal("ethnicity");
    }
    Filters filters =
        new Filters()
            .add(
                "nameSearch like :q escape '\\'",
                "q",
                filter.q() == null || filter.q().isBlank()
                    ? null
                    : SearchText.containsPattern(filter.q()))
            .add("unitCode = :unit", "unit", filter.unit())
            .add("gender = :gender", "gender", filter.gender())
            .add(
                "ethnicitySearch = :ethnicity",
                "ethnicity",
                filter.ethnicity() == null ? null : SearchText.fold(filter.ethnicity()))
            .add("theoryLevel = :theoryLevel", "theoryLevel", filter.theoryLevel())
            .add("inSuccessionPlan = :plan", "plan", filter.inSuccessionPlan());
    return Page.of(
        Cadre.<Cadre>find(filters.query(), Filters.by("nameSearch", "id"), filters.parameters()),
        page,
        c -> c);
  }

  public Cadre get(long id) {
    return require(id);
  }

  static Cadre require(long id) {
    Cadre cadre = Cadre.findById(id);
    if (cadre == null) {
      throw ApiProblem.notFound("cadre.notFound", id);
    }
    return cadre;
  }

  @Transactional
  public Cadre create(CadreRequest request) {
    user.requireWriteFor(request.unitCode(), units, Roles.ORGANIZER, Roles.ADMIN);
    CadreRules.check(request);
    units.require(request.unitCode(), "unitCode");
    Cadre cadre = new Cadre();
    apply(cadre, request);
    cadre.persist();
    return cadre;
  }

  @Transactional
  public Cadre update(long id, CadreRequest request, String ifMatch) {
    Cadre cadre = require(id);
    user.requireWriteFor(cadre.unitCode, units, Roles.ORGANIZER, Roles.ADMIN);
    EntityTags.checkIfMatch(ifMatch, cadre.version);
    CadreRules.check(request);
    if (!request.unitCode().equals(cadre.unitCode)) {
      // moving a cadre needs the right to write for the new unit as well
      user.requireWriteFor(request.unitCode(), units, Roles.ORGANIZER, Roles.ADMIN);
      units.require(request.unitCode(), "unitCode");
    }
    apply(cadre, request);
    Flush.orConflict("problem.concurrentUpdate");
    Hibernate.initialize(cadre.disciplines); // the response shows them after the commit
    return cadre;
  }

  private static void apply(Cadre cadre, CadreRequest request) {
    var birth = CadreRules.birthDate(request);
    cadre.fullName = request.fullName().strip();
    cadre.gender = request.gender();
    cadre.birthDate = birth.date();
    cadre.birthDatePrecision = birth.precision();
    cadre.ethnicity = request.ethnicity().strip();
    cadre.religion = request.religion();
    cadre.unitCode = request.unitCode();
    cadre.partyAdmissionDate = request.partyAdmissionDate();
    cadre.partyFullMembershipDate = request.partyFullMembershipDate();
    cadre.generalEducation = request.generalEducation();
    cadre.professionalDegree = request.professionalDegree();
    cadre.theoryLevel = request.theoryLevel();
    cadre.stateManagementLevel = request.stateManagementLevel();
    cadre.inSuccessionPlan = request.inSuccessionPlan();
    cadre.posts.clear();
    request.postList().forEach(p -> cadre.posts.add(new Post(p.title().strip(), p.startDate())));
    cadre.assetDeclarationYears.retainAll(request.declarationYears());
    cadre.assetDeclarationYears.addAll(request.declarationYears());
  }
}
