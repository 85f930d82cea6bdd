package vn.khaosat.testing.roles;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Who may call each operation of a service, as its resources declare it: the roles of
 * {@code @RolesAllowed} (or {@code @PermitAll}, {@code @Authenticated}) and the permissions of
 * {@code @PermissionsAllowed}, the method's own before its class's. {@link ReadmeTable} compares it
 * with the table a README shows, so that the table can never drift from the code.
 */
public final class RoleTable {

  /** What an operation without any declaration shows: a test refuses it. */
  public static final String UNDECLARED = "UNDECLARED";

  private RoleTable() {}

  /** One operation: {@code GET /api/units/{code}}, its roles, its permissions (or empty). */
  public record Row(String operation, String roles, String permissions) {
    String markdown() {
      return "| `" + operation + "` | " + roles + " | " + permissions + " |";
    }
  }

  /** Every operation of the JAX-RS resources under {@code basePackage}, sorted by path, method. */
  public static List<Row> of(String basePackage) {
    return of(basePackage, false);
  }

  static List<Row> of(String basePackage, boolean includeTests) {
    ClassFileImporter importer = new ClassFileImporter();
    if (!includeTests) {
      importer = importer.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
    }
    List<Class<?>> resources = new ArrayList<>();
    for (JavaClass javaClass : importer.importPackages(basePackage)) {
      // a REST Client interface carries @Path too: it calls an operation, it does not serve one
      if (javaClass.isAnnotatedWith(Path.class) && !javaClass.isInterface()) {
        resources.add(javaClass.reflect());
      }
    }
    return of(resources);
  }

  /** Every operation of these resources, sorted by path, method. */
  static List<Row> of(List<Class<?>> resources) {
    List<Row> rows = new ArrayList<>();
    for (Class<?> resource : resources) {
      rows.addAll(operationsOf(resource));
    }
    rows.sort(Comparator.comparing((Row r) -> pathOf(r)).thenComparing(Row::operation));
    return List.copyOf(rows);
  }

  /** The rows as a Markdown table, header included, as README shows them. */
  public static String markdown(List<Row> rows) {
    return "| Operation | Roles | Permissions |\n|---|---|---|\n"
        + rows.stream().map(Row::markdown).collect(Collectors.joining("\n"))
        + "\n";
  }

  static List<Row> operationsOf(Class<?> resource) {
    String base = resource.getAnnotation(Path.class).value();
    List<Row> rows = new ArrayList<>();
    for (Method method : resource.getDeclaredMethods()) {
      String verb = verbOf(method);
      if (verb == null) {
        continue;
      }
      Path path = method.getAnnotation(Path.class);
      String operation = verb + " " + join(base, path == null ? "" : path.value());
      rows.add(new Row(operation, rolesOf(method, resource), permissionsOf(method, resource)));
    }
    return rows;
  }

  private static String verbOf(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  private static String rolesOf(Method method, Class<?> resource) {
    String own = declaredRoles(method);
    if (own != null) {
      return own;
    }
    String inherited = declaredRoles(resource);
    return inherited != null ? inherited : UNDECLARED;
  }

  private static String declaredRoles(AnnotatedElement element) {
    RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
    if (roles != null) {
      return String.join(", ", roles.value());
    }
    if (element.isAnnotationPresent(PermitAll.class)) {
      return "anyone";
    }
    if (element.isAnnotationPresent(Authenticated.class)) {
      return "any signed-in user";
    }
    return null;
  }

  private static String permissionsOf(Method method, Class<?> resource) {
    PermissionsAllowed[] own = method.getAnnotationsByType(PermissionsAllowed.class);
    PermissionsAllowed[] used =
        own.length > 0 ? own : resource.getAnnotationsByType(PermissionsAllowed.class);
    return Arrays.stream(used)
        .map(p -> String.join(p.inclusive() ? " and " : " or ", p.value()))
        .collect(Collectors.joining(" and "));
  }

  /** {@code /api/units} + {@code {code: [0-9]+}} → {@code /api/units/{code}}. */
  static String join(String base, String sub) {
    String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
    path = path.replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static String pathOf(Row row) {
    return row.operation().substring(row.operation().indexOf(' ') + 1);
  }
}
