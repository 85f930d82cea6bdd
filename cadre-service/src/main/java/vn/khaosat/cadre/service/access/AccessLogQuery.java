package vn.khaosat.cadre.service.access;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.PermissionsAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import vn.khaosat.cadre.domain.access.PersonalDataAccess;
import vn.khaosat.paging.Filters;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;

/** The access log of personal data as it is read back, newest first. */
@ApplicationScoped
public class AccessLogQuery {

  private static final Sort NEWEST_FIRST = Sort.descending("accessedAt", "id");

  /** The reads of one cadre's personal fields. */
  @PermissionsAllowed(AccessLogPermissions.READ_CADRE)
  public Page<PersonalDataAccess> ofCadre(long cadreId, PageParams page) {
    return Page.of(
        PersonalDataAccess.<PersonalDataAccess>find("cadreId = ?1", NEWEST_FIRST, cadreId),
        page,
        read -> read);
  }

  /** Every read, by user and period (each served by an index of its own). */
  public Page<PersonalDataAccess> all(AccessFilter filter, PageParams page) {
    Filters filters =
        new Filters()
            .add("userName = :user", "user", filter.user())
            .add("accessedAt >= :from", "from", filter.from())
            .add("accessedAt < :before", "before", filter.before());
    return Page.of(
        PersonalDataAccess.<PersonalDataAccess>find(
            filters.query(), NEWEST_FIRST, filters.parameters()),
        page,
        read -> read);
  }
}
