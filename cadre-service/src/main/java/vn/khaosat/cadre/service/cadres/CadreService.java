package vn.khaosat.cadre.service.cadres;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.hibernate.Hibernate;
import vn.khaosat.caching.EntityTags;
import vn.khaosat.cadre.api.cadres.CadreRequest;
import vn.khaosat.cadre.domain.cadres.Cadre;
import vn.khaosat.cadre.domain.cadres.Post;
import vn.khaosat.cadre.service.Rights;
import vn.khaosat.cadre.service.UnitDirectory;
import vn.khaosat.persistence.RetryOnRace;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.security.UnitScope;

/** Creates and changes cadre records; writes need organizer or admin for the unit. */
@ApplicationScoped
public class CadreService {

  private final UnitDirectory units;
  private final UnitScope scope;

  public CadreService(UnitDirectory units, UnitScope scope) {
    this.units = units;
    this.scope = scope;
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

  /** The record, locked for a change until the transaction ends. */
  static Cadre locked(long id) {
    Cadre cadre = Cadre.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (cadre == null) {
      throw ApiProblem.notFound("cadre.notFound", id);
    }
    return cadre;
  }

  @Transactional
  public Cadre create(CadreRequest request) {
    scope.require(Rights.RECORDS, request.unitCode());
    CadreRules.check(request);
    units.require(request.unitCode(), "unitCode");
    Cadre cadre = new Cadre();
    apply(cadre, request);
    cadre.persist();
    return cadre;
  }

  /** Replaces the record, read locked so that concurrent replaces queue: the last one wins. */
  @Transactional
  @RetryOnRace
  public Cadre update(long id, CadreRequest request, String ifMatch) {
    Cadre cadre = locked(id);
    scope.require(Rights.RECORDS, cadre.unitCode);
    EntityTags.checkIfMatch(ifMatch, cadre.version);
    CadreRules.check(request);
    if (!request.unitCode().equals(cadre.unitCode)) {
      // moving a cadre needs the right to write for the new unit as well
      scope.require(Rights.RECORDS, request.unitCode());
      units.require(request.unitCode(), "unitCode");
    }
    apply(cadre, request);
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
    cadre.inSuccessionPlan = request.succession();
    cadre.posts.clear();
    request.postList().forEach(p -> cadre.posts.add(new Post(p.title().strip(), p.startDate())));
    cadre.assetDeclarationYears.retainAll(request.declarationYears());
    cadre.assetDeclarationYears.addAll(request.declarationYears());
  }
}
