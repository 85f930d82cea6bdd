package vn.khaosat.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnitScopeTest {

  @Test
  void aUnitIsCoveredByItselfOrAnAncestor() {
    assertTrue(UnitScope.covers(Set.of("665"), "665", List.of("67")));
    assertTrue(UnitScope.covers(Set.of("67"), "24820", List.of("665", "67")));
  }

  @Test
  void aSiblingOrADescendantDoesNotCoverAUnit() {
    assertFalse(UnitScope.covers(Set.of("664"), "665", List.of("67")));
    assertFalse(UnitScope.covers(Set.of("665"), "67", List.of()));
    assertFalse(UnitScope.covers(Set.of(), "665", List.of("67")));
  }
}
