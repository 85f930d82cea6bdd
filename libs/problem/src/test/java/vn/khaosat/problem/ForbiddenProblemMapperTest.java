package vn.khaosat.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class ForbiddenProblemMapperTest {

  @RolesAllowed("admin")
  static class Resource {
    @RolesAllowed({"organizer", "admin"})
    public void write() {}

    public void fromTheClass() {}

    @RolesAllowed({"organizer", "inspector", "admin"})
    @ForbiddenDetail(key = "cadre.personalField", args = "disciplines")
    public void inItsOwnWords() {}
  }

  static class Unannotated {
    public void read() {}
  }

  @Test
  void aCheckersProblemIsAnsweredUnchanged() {
    ApiProblem down = ApiProblem.serviceUnavailable("indicators.unavailable");
    assertSame(down, ForbiddenProblemMapper.raisedBy(new ForbiddenException(down)).orElseThrow());
    assertTrue(ForbiddenProblemMapper.raisedBy(new ForbiddenException()).isEmpty());
  }

  @Test
  void aMissingRoleNamesTheRolesOfTheMethodOrItsClass() throws Exception {
    ApiProblem method = ForbiddenProblemMapper.roleProblem(info(Resource.class, "write"));
    assertEquals(403, method.getStatusCode());
    assertEquals("Thao tác này cần một trong các vai trò: organizer, admin.", method.getDetail());
    assertEquals(
        "Thao tác này cần một trong các vai trò: admin.",
        ForbiddenProblemMapper.roleProblem(info(Resource.class, "fromTheClass")).getDetail());
    ApiProblem own = ForbiddenProblemMapper.roleProblem(info(Resource.class, "inItsOwnWords"));
    assertEquals("cadre.personalField", own.messageKey());
    assertEquals(
        "detail.403",
        ForbiddenProblemMapper.roleProblem(info(Unannotated.class, "read")).messageKey());
  }

  private static ResourceInfo info(Class<?> type, String name) throws Exception {
    Method method = type.getMethod(name);
    return new ResourceInfo() {
      @Override
      public Method getResourceMethod() {
        return method;
      }

      @Override
      public Class<?> getResourceClass() {
        return type;
      }
    };
  }
}
