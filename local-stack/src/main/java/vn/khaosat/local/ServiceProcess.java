package vn.khaosat.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One service running as its real jar in a child process, logging to .local/logs. */
final class ServiceProcess implements AutoCloseable {

  private final ServiceSpec spec;
  private final Process process;

  private ServiceProcess(ServiceSpec spec, Process process) {
    this.spec = spec;
    this.process = process;
  }

  /**
   * Starts {@code spec}'s jar with its database and {@code identity}: the variables naming the
   * tokens' keys and issuer ({@code JWT_PUBLIC_KEY_LOCATION}, {@code JWT_ISSUER}).
   */
  static ServiceProcess start(ServiceSpec spec, String jdbcUrl, Map<String, String> identity)
      throws IOException {
    if (!Files.exists(spec.jar())) {
      throw new IllegalStateException(
          spec.jar() + " is missing: build first with ./mvnw -B package -DskipTests");
    }
    List<String> command = new ArrayList<>(List.of("java", "-Xmx" + spec.maxHeap()));
    // e.g. a profiler for bench/compare.sh: -Dkhaosat.jvm.gateway="-agentpath:…"
    String extra = System.getProperty("khaosat.jvm." + spec.name(), "").strip();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    command.addAll(List.of("-jar", spec.jar().toString()));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(LocalStack.HOME.resolve("logs").resolve(spec.name() + ".log").toFile());
    Map<String, String> env = builder.environment();
    env.put("PORT", String.valueOf(spec.port()));
    if (jdbcUrl != null) {
      env.put("DB_URL", jdbcUrl);
    }
    env.put("DB_USER", "postgres");
    env.put("DB_PASSWORD", "postgres");
    env.putAll(identity);
    env.put("ACCESS_LOG", "true");
    env.putAll(spec.environment());
    return new ServiceProcess(spec, builder.start());
  }

  void awaitReady(Duration timeout) throws InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    URI health = URI.create("http://localhost:" + spec.port() + "/q/health/ready");
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            spec.name() + " stopped; see .local/logs/" + spec.name() + ".log");
      }
      try {
        var response =
            client.send(
                HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // the port is not open yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(spec.name() + " not ready after " + timeout);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
