package vn.khaosat.local;

import java.nio.file.Path;
import java.util.List;

/** A service of the suite as the local stack starts it: its jar, port and database. */
record ServiceSpec(String name, int port, String database) {

  static final List<ServiceSpec> ALL =
      List.of(new ServiceSpec("indicators-service", 8081, "indicators"));

  Path jar() {
    return Path.of(name, "target", "quarkus-app", "quarkus-run.jar");
  }
}
