package vn.khaosat.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.khaosat.problem.ApiProblem;

/**
 * The units the caller of the current request acts for (phạm vi đơn vị): a unit is covered when it
 * or one of its ancestors is in the token's {@code units} claim, so a district user acts for its
 * communes and a province user for all of them. Writes and reads of restricted data ask this one
 * bean. Each unit's ancestors are looked up once per request (and cached by the service's {@link
 * UnitHierarchy}), so a list of many cadres costs one look-up per distinct unit.
 */
@RequestScoped
public class UnitScope {

  private static final Logger LOG = Logger.getLogger(UnitScope.class);

  private final CurrentUser user;
  private final UnitHierarchy hierarchy;
  private final Map<String, Lookup> lookups = new HashMap<>();

  public UnitScope(CurrentUser user, UnitHierarchy hierarchy) {
    this.user = user;
    this.hierarchy = hierarchy;
  }

  /**
   * Whether the caller's units cover {@code unitCode}. When only the ancestors can tell and they
   * cannot be read, the hierarchy's 503 problem is thrown: a write is refused, nothing is saved.
   */
  public boolean covers(String unitCode) {
    return coverage(unitCode).orElseThrow(() -> lookups.get(unitCode).failure());
  }

  /**
   * Whether the caller's units cover {@code unitCode}, when it can be told now: empty when the unit
   * is not itself claimed and its ancestors cannot be read. Never throws for an unreachable tree.
   */
  public Optional<Boolean> coverage(String unitCode) {
    Set<String> claimed = user.units();
    if (claimed.contains(unitCode)) {
      return Optional.of(true); // no need of the tree: a read or write goes on while it is down
    }
    Lookup lookup = lookups.computeIfAbsent(unitCode, this::lookUp);
    return lookup.failure() == null
        ? Optional.of(lookup.ancestors().stream().anyMatch(claimed::contains))
        : Optional.empty();
  }

  /**
   * For a write: 403 without one of the right's roles or outside the units; 503 as {@link #covers}.
   */
  public void require(UnitRight right, String unitCode) {
    if (!right.roleHeldBy(user)) {
      throw ApiProblem.forbidden("problem.forbiddenRole", right.roleList());
    }
    if (!right.unscopedFor(user) && !covers(unitCode)) {
      throw ApiProblem.forbidden("problem.forbiddenUnit", unitCode);
    }
  }

  /**
   * For a {@code @PermissionChecker} method: true when the caller holds {@code right} for the unit;
   * otherwise the problems of {@link #require} (403 naming the roles or the unit, 503 while the
   * unit tree cannot be read), which Quarkus wraps in a {@code ForbiddenException} and
   * libs/problem's {@code ForbiddenProblemMapper} answers unchanged. Never false: a checker that
   * answered false would give a 403 that names nothing.
   */
  public boolean permits(UnitRight right, String unitCode) {
    require(right, unitCode);
    return true;
  }

  /**
   * Whether the caller holds {@code right} for the unit, as a write asks; 503 as {@link #covers}.
   */
  public boolean allows(UnitRight right, String unitCode) {
    return right.roleHeldBy(user) && (right.unscopedFor(user) || covers(unitCode));
  }

  /**
   * For a read: whether the caller holds {@code right} for the unit, told without failing. While
   * the ancestors cannot be read only the unit itself counts: never more than the full rule gives.
   */
  public boolean holds(UnitRight right, String unitCode) {
    return grant(right, unitCode) == Grant.GRANTED;
  }

  /** What the caller holds of {@code right} for the unit; never throws for an unreachable tree. */
  public Grant grant(UnitRight right, String unitCode) {
    if (!right.roleHeldBy(user)) {
      return Grant.NO_ROLE;
    }
    if (right.unscopedFor(user)) {
      return Grant.GRANTED;
    }
    return coverage(unitCode)
        .map(covered -> covered ? Grant.GRANTED : Grant.OUTSIDE_UNITS)
        .orElse(Grant.UNITS_UNKNOWN);
  }

  /**
   * Whether the caller holds {@code right} whatever the unit: an admin, when the right names it.
   */
  public boolean holdsForEveryUnit(UnitRight right) {
    return right.unscopedFor(user);
  }

  /** Whether the caller has one of the right's roles, whatever the unit. */
  public boolean hasRoleOf(UnitRight right) {
    return right.roleHeldBy(user);
  }

  private Lookup lookUp(String unitCode) {
    try {
      return new Lookup(hierarchy.ancestorsOf(unitCode), null);
    } catch (ApiProblem e) {
      if (e.getStatusCode() != 503) {
        throw e;
      }
      LOG.warnf("the ancestors of unit %s cannot be read now: %s", unitCode, e.getDetail());
      return new Lookup(List.of(), e);
    }
  }

  /** The answer of the hierarchy for one unit: its ancestors, or the problem it answered. */
  private record Lookup(List<String> ancestors, ApiProblem failure) {}

  /** What a caller holds of a right for one unit. */
  public enum Grant {
    GRANTED,
    NO_ROLE,
    OUTSIDE_UNITS,
    /** Not the claimed unit itself, and its ancestors cannot be read now. */
    UNITS_UNKNOWN
  }
}
