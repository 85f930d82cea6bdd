package vn.khaosat.cadre.service.cadres;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import vn.khaosat.cadre.domain.cadres.Cadre;
import vn.khaosat.cadre.service.PersonalAccess;
import vn.khaosat.cadre.service.Rows;
import vn.khaosat.history.Revision;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;

/** The revisions of a cadre record (Hibernate Envers, libs/history): who, when, what changed. */
@ApplicationScoped
public class CadreHistory {

  private final PersonalAccess access;
  private final Rows rows;

  public CadreHistory(PersonalAccess access, Rows rows) {
    this.access = access;
    this.rows = rows;
  }

  /** Newest first. */
  @Transactional
  public Page<CadreRevision> of(long cadreId, PageParams page) {
    // the cadre's unit now decides, as for the detail: the newest revision holds today's values
    boolean showPersonal =
        access.mayReadPersonal(rows.find(Cadre.class, cadreId, "cadre.notFound").unitCode);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        AuditReaderFactory.get(Panache.getEntityManager())
            .createQuery()
            .forRevisionsOfEntity(Cadre.class, false, true)
            .add(AuditEntity.id().eq(cadreId))
            .addOrder(AuditEntity.revisionNumber().asc())
            .getResultList();
    List<CadreRevision> entries = new ArrayList<>();
    Map<String, Object> before = Map.of();
    for (Object[] row : rows) {
      Revision revision = (Revision) row[1];
      Map<String, Object> after = CadreSnapshot.of((Cadre) row[0]);
      entries.add(
          new CadreRevision(
              revision.id,
              revision.at(),
              revision.author,
              revision.requestId,
              row[2] == RevisionType.ADD ? "CREATED" : "UPDATED",
              CadreSnapshot.diff(before, after, showPersonal)));
      before = after;
    }
    List<CadreRevision> newestFirst = new ArrayList<>(entries);
    Collections.reverse(newestFirst);
    int from = Math.min(page.offset(), newestFirst.size());
    int to = Math.min(from + page.size, newestFirst.size());
    return Page.of(newestFirst.subList(from, to), page, newestFirst.size());
  }
}
