package vn.khaosat.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A service of the suite as the local stack starts it: its jar, port, database (null for none), the
 * addresses of the services it calls and its heap bound. Services start in this order, each once
 * the ones it calls are ready.
 */
record ServiceSpec(
    String name, int port, String database, Map<String, String> environment, String maxHeap) {

  /** The heap of each service: a GET, an import or a PDF fits in it (issue 12, P6). */
  static final String SERVICE_HEAP = "256m";

  /** The gateway streams bodies and holds no data of its own. */
  static final String GATEWAY_HEAP = "96m";

  /**
   * The gateway listens on {@code base} and the services on the next three ports: 8080 to 8083 by
   * default, another base ({@code -Dkhaosat.port.base}) for a second stack on the same machine.
   */
  static List<ServiceSpec> all(int base) {
    String indicators = "localhost:" + (base + 1);
    String cadre = "localhost:" + (base + 2);
    return List.of(
        new ServiceSpec("indicators-service", base + 1, "indicators", Map.of(), SERVICE_HEAP),
        new ServiceSpec(
            "cadre-service",
            base + 2,
            "cadre",
            Map.of("INDICATORS_URL", "http://" + indicators),
            SERVICE_HEAP),
        new ServiceSpec(
            "survey-service",
            base + 3,
            "survey",
            Map.of(
                "INDICATORS_URL", "http://" + indicators,
                "CADRE_URL", "http://" + cadre),
            SERVICE_HEAP),
        new ServiceSpec(
            "gateway",
            base,
            null,
            Map.of(
                "INDICATORS_ADDRESSES", indicators,
                "CADRE_ADDRESSES", cadre,
                "SURVEY_ADDRESSES", "localhost:" + (base + 3)),
            GATEWAY_HEAP));
  }

  Path jar() {
    return Path.of(name, "target", "quarkus-app", "quarkus-run.jar");
  }
}
