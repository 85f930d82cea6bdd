package vn.khaosat.cadre.service.cadres;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Set;
import vn.khaosat.cadre.domain.cadres.Cadre;
import vn.khaosat.cadre.service.PersonalAccess;
import vn.khaosat.paging.Filters;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.paging.SearchText;

/**
 * The cadre list and its filters. Filtering by ethnicity, a personal field, matches only the cadres
 * whose personal fields the caller sees (all of them for an admin): an organizer of one district
 * learns nothing of another district's cadres, not even how many there are.
 */
@ApplicationScoped
public class CadreSearch {

  private final PersonalAccess access;

  public CadreSearch(PersonalAccess access) {
    this.access = access;
  }

  public Page<Cadre> list(CadreFilter filter, PageParams page) {
    Filters filters = summaryFilters(filter);
    if (filter.ethnicity() != null && !filter.ethnicity().isBlank()) {
      access.requirePersonalRole("ethnicity");
      if (!access.readsEveryUnit()) {
        Set<String> readable = access.readableAmong(unitsMatching(filters));
        if (readable.isEmpty()) {
          return Page.of(List.of(), page, 0);
        }
        filters.add("unitCode in :readable", "readable", readable);
      }
      filters.add("ethnicitySearch = :ethnicity", "ethnicity", SearchText.fold(filter.ethnicity()));
    }
    return Page.of(
        Cadre.<Cadre>find(filters.query(), Filters.by("nameSearch", "id"), filters.parameters()),
        page,
        c -> c);
  }

  /** The filters on fields any reader sees. */
  private static Filters summaryFilters(CadreFilter filter) {
    return new Filters()
        .add(
            "nameSearch like :q escape '\\'",
            "q",
            filter.q() == null || filter.q().isBlank()
                ? null
                : SearchText.containsPattern(filter.q()))
        .add("unitCode = :unit", "unit", filter.unit())
        .add("gender = :gender", "gender", filter.gender())
        .add("theoryLevel = :theoryLevel", "theoryLevel", filter.theoryLevel())
        .add("inSuccessionPlan = :plan", "plan", filter.inSuccessionPlan());
  }

  /**
   * The distinct units of the cadres the other filters match, each then checked once. Chosen
   * without the ethnicity, so that the work done does not depend on it either.
   */
  private static List<String> unitsMatching(Filters filters) {
    TypedQuery<String> query =
        Panache.getEntityManager()
            .createQuery(
                "select distinct unitCode from Cadre where " + filters.query(), String.class);
    filters.parameters().map().forEach(query::setParameter);
    return query.getResultList();
  }
}
