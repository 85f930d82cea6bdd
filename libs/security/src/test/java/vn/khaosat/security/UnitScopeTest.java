package vn.khaosat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.security.UnitScope.Grant;

class UnitScopeTest {

  private static final UnitRight PERSONAL =
      UnitRight.of(Roles.ORGANIZER, Roles.INSPECTOR, Roles.ADMIN);
  private static final UnitRight NO_ADMIN = UnitRight.of(Roles.ORGANIZER);

  /** Province 67 over districts 664 and 665; commune 24820 under 665. */
  private static final Map<String, List<String>> TREE =
      Map.of(
          "67",
          List.of(),
          "664",
          List.of("67"),
          "665",
          List.of("67"),
          "24820",
          List.of("665", "67"));

  private final List<String> asked = new ArrayList<>();
  private final UnitHierarchy tree =
      code -> {
        asked.add(code);
        return TREE.getOrDefault(code, List.of());
      };
  private final ApiProblem down = ApiProblem.serviceUnavailable("indicators.unavailable");
  private final UnitHierarchy unreachable =
      code -> {
        asked.add(code);
        throw down;
      };

  @Test
  void aUnitIsCoveredByItselfOrAnAncestor() {
    assertTrue(scope(tree, "organizer", "665").covers("665"));
    assertTrue(scope(tree, "organizer", "67").covers("24820"));
    assertTrue(scope(tree, "organizer", "664", "665").covers("24820"));
  }

  @Test
  void aSiblingOrADescendantDoesNotCoverAUnit() {
    assertFalse(scope(tree, "organizer", "664").covers("665"));
    assertFalse(scope(tree, "organizer", "665").covers("67"));
    assertFalse(scope(tree, "organizer").covers("665"));
  }

  @Test
  void theClaimedUnitItselfNeedsNoLookUp() {
    UnitScope scope = scope(unreachable, "organizer", "665");
    assertTrue(scope.covers("665"));
    assertTrue(scope.holds(PERSONAL, "665"));
    assertTrue(asked.isEmpty());
  }

  @Test
  void eachUnitIsLookedUpOncePerRequest() {
    UnitScope scope = scope(tree, "inspector", "67");
    for (int i = 0; i < 3; i++) {
      scope.holds(PERSONAL, "664");
      scope.holds(PERSONAL, "665");
    }
    assertEquals(List.of("664", "665"), asked);
  }

  @Test
  void anUnreachableTreeRefusesAWriteButAReadFallsBackToTheClaimedUnitsOnly() {
    UnitScope scope = scope(unreachable, "organizer", "67");
    assertEquals(Optional.empty(), scope.coverage("665"));
    assertSame(down, assertThrows(ApiProblem.class, () -> scope.covers("665")));
    assertSame(down, assertThrows(ApiProblem.class, () -> scope.require(PERSONAL, "665")));
    assertFalse(scope.holds(PERSONAL, "665"));
    assertEquals(Grant.UNITS_UNKNOWN, scope.grant(PERSONAL, "665"));
    assertEquals(List.of("665"), asked);
  }

  @Test
  void anotherProblemOfTheTreeIsNotTakenForAnOutage() {
    ApiProblem bug = ApiProblem.badRequest("problem.badParameter", "x");
    UnitScope scope =
        scope(
            code -> {
              throw bug;
            },
            "organizer",
            "67");
    assertSame(bug, assertThrows(ApiProblem.class, () -> scope.holds(PERSONAL, "665")));
  }

  @Test
  void adminsHoldARightThatNamesThemForEveryUnit() {
    UnitScope scope = scope(unreachable, "admin");
    assertTrue(scope.holds(PERSONAL, "665"));
    assertTrue(scope.holdsForEveryUnit(PERSONAL));
    assertFalse(scope.holdsForEveryUnit(NO_ADMIN));
    scope.require(PERSONAL, "665");
    assertEquals(Grant.NO_ROLE, scope.grant(NO_ADMIN, "665"));
    assertTrue(asked.isEmpty());
  }

  @Test
  void aRoleOutsideTheRightHoldsNothingWhateverItsUnits() {
    UnitScope scope = scope(tree, "viewer", "665");
    assertEquals(Grant.NO_ROLE, scope.grant(PERSONAL, "665"));
    assertFalse(scope.hasRoleOf(PERSONAL));
    assertFalse(scope.holdsForEveryUnit(PERSONAL));
    ApiProblem refused = assertThrows(ApiProblem.class, () -> scope.require(PERSONAL, "665"));
    assertEquals("problem.forbiddenRole", refused.messageKey());
  }

  @Test
  void aWriteOutsideTheUnitsIsForbidden() {
    UnitScope scope = scope(tree, "organizer", "664");
    assertEquals(Grant.OUTSIDE_UNITS, scope.grant(PERSONAL, "665"));
    assertFalse(scope.allows(PERSONAL, "665"));
    assertTrue(scope.allows(PERSONAL, "664"));
    ApiProblem refused = assertThrows(ApiProblem.class, () -> scope.require(PERSONAL, "665"));
    assertEquals(403, refused.getStatusCode());
    assertEquals("problem.forbiddenUnit", refused.messageKey());
  }

  @Test
  void aPermissionCheckerIsGrantedOrGetsTheProblemOfAWrite() {
    assertTrue(scope(tree, "organizer", "67").permits(PERSONAL, "665"));
    ApiProblem outside =
        assertThrows(
            ApiProblem.class, () -> scope(tree, "organizer", "664").permits(PERSONAL, "665"));
    assertEquals("problem.forbiddenUnit", outside.messageKey());
    ApiProblem role =
        assertThrows(ApiProblem.class, () -> scope(tree, "viewer", "665").permits(PERSONAL, "665"));
    assertEquals("problem.forbiddenRole", role.messageKey());
    assertSame(
        down,
        assertThrows(
            ApiProblem.class,
            () -> scope(unreachable, "organizer", "67").permits(PERSONAL, "665")));
  }

  private static UnitScope scope(UnitHierarchy hierarchy, String role, String... units) {
    var identity =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal(role + "-user"))
            .addRole(role)
            .build();
    return new UnitScope(new CurrentUser(identity, token(List.of(units))), hierarchy);
  }

  private static JsonWebToken token(List<String> units) {
    return new JsonWebToken() {
      @Override
      public String getName() {
        return "test";
      }

      @Override
      public Set<String> getClaimNames() {
        return Set.of(CurrentUser.UNITS_CLAIM);
      }

      @Override
      @SuppressWarnings("unchecked")
      public <T> T getClaim(String claimName) {
        return CurrentUser.UNITS_CLAIM.equals(claimName) ? (T) units : null;
      }
    };
  }
}
