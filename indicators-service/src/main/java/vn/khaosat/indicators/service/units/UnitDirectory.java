package vn.khaosat.indicators.service.units;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.khaosat.indicators.domain.Unit;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.security.UnitHierarchy;

/** Looks units up, with the 404 or 400 that a missing one deserves, and walks the hierarchy. */
@ApplicationScoped
public class UnitDirectory implements UnitHierarchy {

  /** The most ancestors a unit is given: the tree has three levels, a cycle stops here. */
  public static final int MAX_DEPTH = 10;

  private static final String ANCESTORS =
      """
      with recursive up(code, parent_code, depth) as (
          select code, parent_code, 0 from unit where code = :code
          union all
          select u.code, u.parent_code, up.depth + 1 from unit u join up on u.code = up.parent_code
          where up.depth < %d)
      select code from up where depth > 0 order by depth
      """
          .formatted(MAX_DEPTH);

  private static final String PREDECESSORS =
      """
      select predecessor_code from unit_predecessor where unit_code = :code
      union
      select unit_code from unit_successor where successor_code = :code
      """;

  public Unit require(String code) {
    Unit unit = Unit.findById(code);
    if (unit == null) {
      throw ApiProblem.notFound("unit.notFound", code);
    }
    return unit;
  }

  /**
   * The unit with its successor and predecessor codes in one query, where {@link #require} and
   * reading the two lists would take three; 404 as {@link #require}.
   */
  public Unit requireWithSuccession(String code) {
    List<Unit> found =
        Unit.<Unit>find(
                "from Unit u left join fetch u.successorCodes left join fetch u.predecessorCodes"
                    + " where u.code = ?1",
                code)
            .list();
    if (found.isEmpty()) {
      throw ApiProblem.notFound("unit.notFound", code);
    }
    return found.get(0);
  }

  /** A unit named in a request body: missing is a 400 on that field, not a 404. */
  public Unit requireField(String code, String field) {
    Unit unit = Unit.findById(code);
    if (unit == null) {
      throw ApiProblem.invalidField(field, "unit.unknown", code);
    }
    return unit;
  }

  /** A unit named in a query parameter: missing is a 400 on that parameter. */
  public Unit requireParameter(String code, String name) {
    Unit unit = Unit.findById(code);
    if (unit == null) {
      throw ApiProblem.invalidParameter("query", name, "unit.unknown", code);
    }
    return unit;
  }

  /** How many units other than {@code except} name {@code code} among their successors. */
  public long namedAsSuccessorBy(String code, String except) {
    return ((Number)
            Panache.getEntityManager()
                .createNativeQuery(
                    "select count(*) from unit_successor where successor_code = :code"
                        + " and unit_code <> :except")
                .setParameter("code", code)
                .setParameter("except", except)
                .getSingleResult())
        .longValue();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<String> ancestorsOf(String unitCode) {
    return Panache.getEntityManager()
        .createNativeQuery(ANCESTORS, String.class)
        .setParameter("code", unitCode)
        .getResultList();
  }

  public List<Unit> ancestorUnits(String code) {
    List<String> codes = ancestorsOf(code);
    if (codes.isEmpty()) {
      return List.of();
    }
    List<Unit> units = Unit.list("code in ?1", codes);
    return codes.stream()
        .map(c -> units.stream().filter(u -> u.code.equals(c)).findFirst().orElseThrow())
        .toList();
  }

  /** Whether another unit names this one as its successor or its predecessor. */
  public boolean isNamedInASuccession(String code) {
    return !Panache.getEntityManager()
        .createNativeQuery(
            "select 1 from unit_successor where successor_code = :code"
                + " union all select 1 from unit_predecessor where predecessor_code = :code")
        .setParameter("code", code)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * The units {@code code} succeeded: those it names, and those that name it as their successor
   * (Đắk Nông for Lâm Đồng), by code.
   */
  @SuppressWarnings("unchecked")
  public List<Unit> predecessorUnits(String code) {
    List<String> codes =
        Panache.getEntityManager()
            .createNativeQuery(PREDECESSORS, String.class)
            .setParameter("code", code)
            .getResultList();
    return codes.isEmpty() ? List.of() : Unit.list("code in ?1 order by code", codes);
  }
}
