package vn.khaosat.survey.service.directives;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import vn.khaosat.paging.Filters;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.survey.domain.Days;
import vn.khaosat.survey.domain.directives.Directive;
import vn.khaosat.survey.domain.directives.DirectiveStatus;

/** Directives across sessions, overdue ones first, then by deadline. */
@ApplicationScoped
public class DirectiveQuery {

  private static final String OVERDUE = "(deadline < :today and status in ('OPEN', 'IN_PROGRESS'))";

  public Page<Directive> list(
      String unit, DirectiveStatus status, Boolean overdue, LocalDate dueBefore, PageParams page) {
    LocalDate today = Days.today();
    Filters filters =
        new Filters()
            .add("responsibleUnitCode = :unit", "unit", unit)
            .add("status = :status", "status", status)
            .add("deadline < :dueBefore", "dueBefore", dueBefore)
            .addIf(Boolean.TRUE.equals(overdue), OVERDUE)
            .addIf(Boolean.FALSE.equals(overdue), "not " + OVERDUE);
    // the count binds :today only when the filter uses it; the order always does
    Parameters parameters = filters.parameters();
    if (overdue != null) {
      parameters.and("today", today);
    }
    String where = filters.query();
    long total = Directive.count(where, parameters);
    if (overdue == null) {
      parameters.and("today", today);
    }
    List<Directive> items =
        Directive.<Directive>find(
                where + " order by case when " + OVERDUE + " then 0 else 1 end, deadline, id",
                parameters)
            .page(page.page, page.size)
            .list();
    return Page.of(items, page, total);
  }
}
