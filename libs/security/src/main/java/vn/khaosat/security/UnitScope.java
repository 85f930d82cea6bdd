package vn.khaosat.security;

import java.util.Collection;
import java.util.Set;

/**
 * Whether a user may write for a unit: the unit itself or one of its ancestors is in the token's
 * {@code units} claim (a district user writes for its communes, a province user for all of them).
 */
public final class UnitScope {

  private UnitScope() {}

  public static boolean covers(
      Set<String> claimedUnits, String unitCode, Collection<String> ancestorCodes) {
    if (claimedUnits.contains(unitCode)) {
      return true;
    }
    return ancestorCodes.stream().anyMatch(claimedUnits::contains);
  }
}
