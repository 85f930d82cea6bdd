package vn.khaosat.testing.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoleTableTest {

  @jakarta.ws.rs.Path("/api/things")
  @Authenticated
  static class Things {
    @GET
    public void list() {}

    @GET
    @jakarta.ws.rs.Path("{code: [0-9]+}/")
    @PermitAll
    public void read() {}

    @PUT
    @jakarta.ws.rs.Path("/{code}")
    @RolesAllowed({"organizer", "admin"})
    @PermissionsAllowed("unit-write")
    public void replace() {}

    public void helper() {}
  }

  @jakarta.ws.rs.Path("loose")
  static class Loose {
    @DELETE
    public void remove() {}
  }

  @Test
  void readsTheMethodsDeclarationBeforeItsClassesAndNormalisesPaths() {
    List<RoleTable.Row> rows = RoleTable.of(List.of(Things.class));
    assertEquals(
        List.of(
            new RoleTable.Row("GET /api/things", "any signed-in user", ""),
            new RoleTable.Row("GET /api/things/{code}", "anyone", ""),
            new RoleTable.Row("PUT /api/things/{code}", "organizer, admin", "unit-write")),
        rows);
  }

  @Test
  void anOperationWithoutRolesIsUndeclared() {
    assertEquals(
        List.of(new RoleTable.Row("DELETE /loose", RoleTable.UNDECLARED, "")),
        RoleTable.of(List.of(Loose.class)));
  }

  @Test
  void theReadmeTableIsReadAfterItsMarkerUpToTheFirstOtherLine(@TempDir Path dir) throws Exception {
    Path readme = dir.resolve("README.md");
    String table = RoleTable.markdown(RoleTable.of(List.of(Things.class)));
    Files.writeString(readme, "# x\n\n" + ReadmeTable.MARKER + "\n" + table + "\nafter\n| no |\n");
    assertEquals(table, ReadmeTable.tableIn(readme));
    assertTrue(
        table.contains("| `PUT /api/things/{code}` | organizer, admin | unit-write |"), table);
  }

  @Test
  void aReadmeWithoutTheMarkerFails(@TempDir Path dir) throws Exception {
    Path readme = dir.resolve("README.md");
    Files.writeString(readme, "| Operation |\n");
    assertThrows(AssertionError.class, () -> ReadmeTable.tableIn(readme));
  }

  @jakarta.ws.rs.Path("/api/remote")
  interface RemoteClient {
    @GET
    void call();
  }

  @Test
  void aRestClientInterfaceIsNoOperationOfTheService() {
    assertEquals(
        List.of(
            "GET /api/things", "GET /api/things/{code}", "PUT /api/things/{code}", "DELETE /loose"),
        RoleTable.of("vn.khaosat.testing.roles", true).stream()
            .map(RoleTable.Row::operation)
            .toList());
  }

  @Test
  void aPackageWithoutResourcesFails() {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () -> ReadmeTable.assertMatches(Path.of("README.md"), "vn.khaosat.nothing.here"));
    assertTrue(e.getMessage().contains("no JAX-RS resource"), e.getMessage());
  }
}
