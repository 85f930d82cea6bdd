package vn.khaosat.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A service's image run as a container engine would run it, without one: its layers unpacked into a
 * root file system, then its entrypoint started in it by {@code unshare} (own mount and process
 * namespaces, /proc mounted, root changed, working directory and user the image's), with the
 * image's environment and nothing from this machine's file system.
 */
final class ImageRun implements AutoCloseable {

  private final Path root;
  private final JsonNode config;
  private final Process process;

  private ImageRun(Path root, JsonNode config, Process process) {
    this.root = root;
    this.config = config;
    this.process = process;
  }

  /**
   * Unpacks {@code tarball} and starts its entrypoint with {@code environment} added to the
   * image's; {@code files} are copied into the root first (a key, as a volume would mount it).
   */
  static ImageRun start(
      Path tarball, Map<String, String> environment, Map<Path, String> files, Path log)
      throws Exception {
    // as an engine's root file system: the image's user must be able to walk it
    Path root =
        Files.createTempDirectory(
            "khaosat-image-root",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    Path blobs = Files.createTempDirectory("khaosat-image-blobs");
    tar("-xf", tarball.toString(), "-C", blobs.toString());
    ImageTarball image = ImageTarball.read(tarball);
    JsonNode config = image.config();
    for (JsonNode layer : image.layers()) {
      tar("-xzf", blobs.resolve(layer.asText()).toString(), "-C", root.toString());
    }
    Files.createDirectories(root.resolve("proc"));
    for (Map.Entry<Path, String> file : files.entrySet()) {
      Path inRoot = root.resolve(file.getValue().substring(1));
      Files.createDirectories(inRoot.getParent());
      Files.copy(file.getKey(), inRoot);
    }
    List<String> entrypoint = new ArrayList<>();
    config.get("Entrypoint").forEach(part -> entrypoint.add(part.asText()));
    ProcessBuilder builder = inImage(root, config, entrypoint);
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    return new ImageRun(root, config, builder.start());
  }

  /**
   * Runs {@code command} in the image beside its application, as a healthcheck runs: its exit code.
   */
  int exec(List<String> command) throws Exception {
    Process run = inImage(root, config, command).redirectErrorStream(true).start();
    run.getInputStream().transferTo(System.out);
    return run.waitFor();
  }

  /**
   * {@code command} in new mount and process namespaces, /proc mounted, the root changed to the
   * image's and in its working directory, as its user, with only its environment.
   */
  private static ProcessBuilder inImage(Path root, JsonNode config, List<String> command) {
    List<String> unshare =
        new ArrayList<>(List.of("unshare", "--mount", "--pid", "--fork", "--kill-child=SIGTERM"));
    String user = config.get("User").asText();
    if (new com.sun.security.auth.module.UnixSystem().getUid() == 0) {
      unshare.addAll(List.of("--setuid", user, "--setgid", user));
    } else {
      // without root, a user namespace grants what changing the root needs
      unshare.add("--map-root-user");
    }
    unshare.addAll(
        List.of("--mount-proc", "--root=" + root, "--wd=" + config.get("WorkingDir").asText()));
    unshare.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(unshare);
    builder.environment().clear();
    config
        .get("Env")
        .forEach(
            variable -> {
              String[] pair = variable.asText().split("=", 2);
              builder.environment().put(pair[0], pair[1]);
            });
    return builder;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public void close() throws Exception {
    // unshare ignores SIGTERM while it waits: the application gets it, as from an engine's stop
    process.descendants().forEach(ProcessHandle::destroy);
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
    new ProcessBuilder("rm", "-rf", root.toString()).start().waitFor();
  }

  private static void tar(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("tar", "--warning=no-unknown-keyword"));
    command.addAll(List.of(arguments));
    Process tar = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(tar.getInputStream().readAllBytes());
    if (tar.waitFor() != 0) {
      throw new IOException("tar " + String.join(" ", arguments) + ": " + output);
    }
  }
}
