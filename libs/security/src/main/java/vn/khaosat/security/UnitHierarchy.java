package vn.khaosat.security;

import java.util.List;

/** Tells the ancestors of a unit; each service provides it from its own source of units. */
public interface UnitHierarchy {

  /**
   * The codes of the unit's parent, grandparent and so on; empty for a root or an unknown code.
   * When the source of units cannot answer, a 503 {@link vn.khaosat.problem.ApiProblem}: {@link
   * UnitScope} passes it on to a write and lets a read fall back to the units claimed themselves.
   */
  List<String> ancestorsOf(String unitCode);
}
