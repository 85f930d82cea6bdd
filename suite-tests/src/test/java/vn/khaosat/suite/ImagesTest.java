package vn.khaosat.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The container image each service's build makes with Jib ({@code target/jib-image.tar}): a
 * non-root user, the entrypoint that runs the application with its heap bounded (256 MB a service,
 * 96 MB the gateway: what bench/compare.sh ran them with), the service's port, the labels, the
 * application itself in the layers, and the base's JRE and libraries under it.
 */
class ImagesTest {

  @ParameterizedTest
  @CsvSource({
    "indicators-service, 8081, 256m",
    "cadre-service, 8082, 256m",
    "survey-service, 8083, 256m",
    "gateway, 8080, 96m"
  })
  void theImageRunsTheServiceAsANonRootUserWithItsHeapBounded(String service, int port, String heap)
      throws Exception {
    Path tarball = RunningSuite.ROOT.resolve(service).resolve("target/jib-image.tar");
    assertTrue(Files.exists(tarball), tarball + " missing: the service's build makes it");
    ImageTarball image = ImageTarball.read(tarball);
    JsonNode config = image.config();

    assertEquals("khaosat/" + service + ":1.0.0-SNAPSHOT", image.repoTags().get(0).asText());
    String user = config.get("User").asText();
    assertTrue(user.matches("[1-9]\\d*"), "a numeric non-root user, not " + user);
    List<String> entrypoint = strings(config.get("Entrypoint"));
    assertEquals("java", entrypoint.get(0));
    assertTrue(entrypoint.contains("-Xmx" + heap), entrypoint.toString());
    assertTrue(entrypoint.contains("-XX:+ExitOnOutOfMemoryError"), entrypoint.toString());
    assertEquals(
        List.of("-jar", "quarkus-run.jar"),
        entrypoint.subList(entrypoint.size() - 2, entrypoint.size()));
    assertEquals(Set.of(port + "/tcp"), Set.copyOf(fieldNames(config.get("ExposedPorts"))));
    assertEquals(service, config.get("Labels").get("org.opencontainers.image.title").asText());
    assertTrue(strings(config.get("Env")).contains("TZ=Asia/Ho_Chi_Minh"));

    String home = config.get("WorkingDir").asText().substring(1) + "/";
    Set<String> files = image.files();
    for (String file :
        List.of(
            "quarkus-run.jar",
            "quarkus/quarkus-application.dat",
            "app/" + service + "-1.0.0-SNAPSHOT.jar")) {
      assertTrue(
          files.contains(home + file), home + file + " missing from " + service + "'s image");
    }
    assertTrue(
        files.stream().anyMatch(f -> f.startsWith(home + "lib/main/vn.khaosat.khaosat-problem")),
        "the suite's libraries");
    // the base (images/jre-base): the JRE on the PATH, the loader its binaries name, the probe
    assertTrue(strings(config.get("Env")).contains("PATH=/opt/java/bin:/usr/bin:/bin"));
    for (String file :
        List.of(
            "opt/java/bin/java",
            "opt/java/lib/server/libjvm.so",
            "lib64/ld-linux-x86-64.so.2",
            "usr/lib/x86_64-linux-gnu/libc.so.6",
            "etc/passwd",
            "opt/khaosat/health-probe/vn/khaosat/images/HealthProbe.class")) {
      assertTrue(files.contains(file), file + " missing from " + service + "'s base");
    }
    System.out.printf(
        "[images] khaosat/%s: %.1f MB (tarball), %d files%n",
        service, Files.size(tarball) / 1e6, files.size());
  }

  private static List<String> strings(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
