package vn.khaosat.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A service of the suite as the local stack starts it: its jar, port, database (null for none) and
 * the addresses of the services it calls. Services start in this order, each once the ones it calls
 * are ready.
 */
record ServiceSpec(String name, int port, String database, Map<String, String> environment) {

  /**
   * The gateway listens on {@code base} and the services on the next three ports: 8080 to 8083 by
   * default, another base ({@code -Dkhaosat.port.base}) for a second stack on the same machine.
   */
  static List<ServiceSpec> all(int base) {
    String indicators = "localhost:" + (base + 1);
    String cadre = "localhost:" + (base + 2);
    return List.of(
        new ServiceSpec("indicators-service", base + 1, "indicators", Map.of()),
        new ServiceSpec(
            "cadre-service", base + 2, "cadre", Map.of("INDICATORS_URL", "http://" + indicators)),
        new ServiceSpec(
            "survey-service",
            base + 3,
            "survey",
            Map.of(
                "INDICATORS_URL", "http://" + indicators,
                "CADRE_URL", "http://" + cadre)),
        new ServiceSpec(
            "gateway",
            base,
            null,
            Map.of(
                "INDICATORS_ADDRESSES", indicators,
                "CADRE_ADDRESSES", cadre,
                "SURVEY_ADDRESSES", "localhost:" + (base + 3))));
  }

  Path jar() {
    return Path.of(name, "target", "quarkus-app", "quarkus-run.jar");
  }
}
