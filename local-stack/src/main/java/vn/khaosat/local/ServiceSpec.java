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

  static final List<ServiceSpec> ALL =
      List.of(
          new ServiceSpec("indicators-service", 8081, "indicators", Map.of()),
          new ServiceSpec(
              "cadre-service", 8082, "cadre", Map.of("INDICATORS_URL", "http://localhost:8081")),
          new ServiceSpec(
              "survey-service",
              8083,
              "survey",
              Map.of(
                  "INDICATORS_URL", "http://localhost:8081",
                  "CADRE_URL", "http://localhost:8082")),
          new ServiceSpec(
              "gateway",
              8080,
              null,
              Map.of(
                  "INDICATORS_ADDRESSES", "localhost:8081",
                  "CADRE_ADDRESSES", "localhost:8082",
                  "SURVEY_ADDRESSES", "localhost:8083")));

  Path jar() {
    return Path.of(name, "target", "quarkus-app", "quarkus-run.jar");
  }
}
