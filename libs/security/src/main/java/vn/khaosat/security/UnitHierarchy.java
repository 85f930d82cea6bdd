package vn.khaosat.security;

import java.util.List;

/** Tells the ancestors of a unit; each service provides it from its own source of units. */
public interface UnitHierarchy {

  /** The codes of the unit's parent, grandparent and so on; empty for a root or an unknown code. */
  List<String> ancestorsOf(String unitCode);
}
