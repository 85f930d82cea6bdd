package vn.khaosat.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs where the build does, so docker-compose.yml is checked by reading it: every
 * service is built or pulled, has a healthcheck and waits for healthy dependencies, and is given
 * the environment variables its configuration reads (and no unknown ones).
 */
class ComposeFileTest {

  private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).getParent();
  private static final List<String> SERVICES =
      List.of("indicators-service", "cadre-service", "survey-service", "gateway");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:([^}]*))?}");

  /** Variables whose default only suits a developer's machine: compose must set them. */
  private static final Pattern MUST_SET =
      Pattern.compile(
          "DB_URL|DB_USER|DB_PASSWORD|JWT_PUBLIC_KEY_LOCATION|JWT_ISSUER|.*_URL|.*_ADDRESSES");

  /** What the JVM itself reads: the heap bound of each service (bench/compare.sh, P6). */
  private static final String JVM_OPTIONS = "JAVA_TOOL_OPTIONS";

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> services() throws IOException {
    Map<String, Object> compose =
        new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
    return (Map<String, Map<String, Object>>) compose.get("services");
  }

  /** A library of the suite a module depends on, as its pom names it ({@code khaosat-upstream}). */
  private static final Pattern LIBRARY =
      Pattern.compile("<artifactId>khaosat-([a-z-]+)</artifactId>");

  /**
   * The module's application.properties and the defaults of the suite's libraries it depends on
   * (their {@code META-INF/microprofile-config.properties}, e.g. libs/service-defaults').
   */
  private static Set<String> variablesRead(String module) throws IOException {
    StringBuilder properties =
        new StringBuilder(
            Files.readString(
                ROOT.resolve(module).resolve("src/main/resources/application.properties")));
    Matcher library = LIBRARY.matcher(Files.readString(ROOT.resolve(module).resolve("pom.xml")));
    while (library.find()) {
      Path defaults =
          ROOT.resolve("libs")
              .resolve(library.group(1))
              .resolve("src/main/resources/META-INF/microprofile-config.properties");
      if (Files.exists(defaults)) {
        properties.append('\n').append(Files.readString(defaults));
      }
    }
    Set<String> names = new TreeSet<>();
    Matcher m = VARIABLE.matcher(properties);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void everyServiceOfTheSuiteIsInTheFileWithPostgres() throws IOException {
    var services = services();
    for (String name : SERVICES) {
      assertTrue(services.containsKey(name), name + " missing from docker-compose.yml");
    }
    assertTrue(String.valueOf(services.get("postgres").get("image")).startsWith("postgres:17"));
  }

  @Test
  void theSuitesServicesRunTheImagesTheirBuildsMake() throws IOException {
    var services = services();
    for (String name : SERVICES) {
      // the name and tag ImagesTest reads in each module's target/jib-image.tar
      assertEquals("khaosat/" + name + ":1.0.0-SNAPSHOT", services.get(name).get("image"), name);
      assertEquals(
          "never", services.get(name).get("pull_policy"), name + ": built here, not pulled");
      assertFalse(services.get(name).containsKey("build"), name);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyServiceIsBuiltOrPulledAndHasAHealthcheck() throws IOException {
    services()
        .forEach(
            (name, service) -> {
              assertTrue(
                  service.containsKey("build") || service.containsKey("image"),
                  name + " has neither build nor image");
              Map<String, Object> health = (Map<String, Object>) service.get("healthcheck");
              assertTrue(
                  health != null && health.get("test") != null, name + " has no healthcheck");
              if (service.get("build") instanceof Map<?, ?> build) {
                assertTrue(
                    Files.exists(ROOT.resolve(String.valueOf(build.get("dockerfile")))),
                    name + ": its Dockerfile does not exist");
              }
            });
  }

  @Test
  @SuppressWarnings("unchecked")
  void dependenciesWaitUntilHealthy() throws IOException {
    var services = services();
    List<String> problems = new ArrayList<>();
    services.forEach(
        (name, service) -> {
          Object dependsOn = service.get("depends_on");
          if (dependsOn == null) {
            return;
          }
          if (!(dependsOn instanceof Map<?, ?> map)) {
            problems.add(name + ": depends_on must name a condition");
            return;
          }
          map.forEach(
              (dependency, spec) -> {
                if (!services.containsKey(String.valueOf(dependency))) {
                  problems.add(name + " depends on unknown " + dependency);
                } else if (!(spec instanceof Map<?, ?> condition)
                    || !"service_healthy".equals(condition.get("condition"))) {
                  problems.add(name + " → " + dependency + " without service_healthy");
                }
              });
        });
    assertEquals(List.of(), problems);
    for (String name : SERVICES) {
      if (!name.equals("gateway")) {
        assertTrue(
            ((Map<String, Object>) services.get(name).get("depends_on")).containsKey("postgres"),
            name + " must wait for postgres");
      }
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void eachServiceGetsTheVariablesItReadsAndNoOthers() throws IOException {
    var services = services();
    List<String> problems = new ArrayList<>();
    for (String name : SERVICES) {
      Set<String> read = variablesRead(name);
      assertFalse(read.isEmpty(), name + " reads no variable: the pattern is wrong");
      Map<String, Object> environment =
          (Map<String, Object>) services.get(name).getOrDefault("environment", Map.of());
      for (String variable : read) {
        if (MUST_SET.matcher(variable).matches() && !environment.containsKey(variable)) {
          problems.add(name + " needs " + variable);
        }
      }
      for (String variable : environment.keySet()) {
        if (!read.contains(variable) && !variable.equals(JVM_OPTIONS)) {
          problems.add(name + " is given " + variable + ", which it does not read");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyServiceRunsWithItsHeapBounded() throws IOException {
    var services = services();
    for (String name : SERVICES) {
      Map<String, Object> environment =
          (Map<String, Object>) services.get(name).getOrDefault("environment", Map.of());
      String heap = name.equals("gateway") ? "-Xmx96m" : "-Xmx256m";
      assertTrue(
          String.valueOf(environment.get(JVM_OPTIONS)).contains(heap),
          name + ": " + JVM_OPTIONS + " must bound the heap with " + heap);
    }
  }
}
