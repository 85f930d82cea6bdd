package vn.khaosat.cadre.service.cadres;

import io.quarkus.security.PermissionsAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.hibernate.Hibernate;
import vn.khaosat.cadre.domain.cadres.Cadre;
import vn.khaosat.cadre.domain.cadres.Post;
import vn.khaosat.cadre.service.PersonalAccess;
import vn.khaosat.cadre.service.Rights;
import vn.khaosat.cadre.service.Rows;
import vn.khaosat.cadre.service.UnitDirectory;
import vn.khaosat.persistence.RetryOnRace;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.security.UnitScope;

/** Creates and changes cadre records; writes need organizer or admin for the unit. */
@ApplicationScoped
public class CadreService {

  private final UnitDirectory units;
  private final UnitScope scope;
  private final Rows rows;
  private final PersonalAccess personal;

  public CadreService(UnitDirectory units, UnitScope scope, Rows rows, PersonalAccess personal) {
    this.units = units;
    this.scope = scope;
    this.rows = rows;
    this.personal = personal;
  }

  /**
   * A cadre as a GET shows it, in one transaction: the record and its posts in one query; its
   * declarations and discipline, which only the personal view shows, read for that view alone.
   */
  @Transactional
  public Cadre get(long id) {
    List<Cadre> found =
        Cadre.<Cadre>find("from Cadre c left join fetch c.posts where c.id = ?1", id).list();
    if (found.isEmpty()) {
      throw ApiProblem.notFound("cadre.notFound", id);
    }
    Cadre cadre = found.get(0);
    if (personal.mayReadPersonal(cadre.unitCode)) {
      Hibernate.initialize(cadre.assetDeclarationYears);
      Hibernate.initialize(cadre.disciplines);
    }
    return cadre;
  }

  /** The caller's right for the cadre's unit is checked first ({@link CadrePermissions}). */
  @Transactional
  @PermissionsAllowed(CadrePermissions.CREATE)
  public Cadre create(CadreCommand command) {
    CadreRules.check(command);
    units.require(command.unitCode(), "unitCode");
    Cadre created = new Cadre();
    apply(created, command);
    created.persist();
    return created;
  }

  /** Replaces the record, read locked so that concurrent replaces queue: the last one wins. */
  @Transactional
  @RetryOnRace
  public Cadre update(long id, CadreCommand cadre, String ifMatch) {
    Cadre stored = rows.writable(Cadre.class, id, "cadre.notFound", Rights.RECORDS, ifMatch);
    CadreRules.check(cadre);
    if (!cadre.unitCode().equals(stored.unitCode)) {
      // moving a cadre needs the right to write for the new unit as well
      scope.require(Rights.RECORDS, cadre.unitCode());
      units.require(cadre.unitCode(), "unitCode");
    }
    apply(stored, cadre);
    Hibernate.initialize(stored.disciplines); // the response shows them after the commit
    return stored;
  }

  private static void apply(Cadre cadre, CadreCommand command) {
    var birth = CadreRules.birthDate(command);
    cadre.fullName = command.fullName().strip();
    cadre.gender = command.gender();
    cadre.birthDate = birth.date();
    cadre.birthDatePrecision = birth.precision();
    cadre.ethnicity = command.ethnicity().strip();
    cadre.religion = command.religion();
    cadre.unitCode = command.unitCode();
    cadre.partyAdmissionDate = command.partyAdmissionDate();
    cadre.partyFullMembershipDate = command.partyFullMembershipDate();
    cadre.generalEducation = command.generalEducation();
    cadre.professionalDegree = command.professionalDegree();
    cadre.theoryLevel = command.theoryLevel();
    cadre.stateManagementLevel = command.stateManagementLevel();
    cadre.inSuccessionPlan = command.inSuccessionPlan();
    cadre.posts.clear();
    command.posts().forEach(p -> cadre.posts.add(new Post(p.title().strip(), p.startDate())));
    cadre.assetDeclarationYears.retainAll(command.declarationYears());
    cadre.assetDeclarationYears.addAll(command.declarationYears());
  }
}
