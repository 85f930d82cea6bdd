package vn.khaosat.images;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds the base image of every service's image, as a tarball Jib takes with {@code tar://}: a JRE
 * 17 made by jlink from the building JDK, the shared libraries it links (taken from the building
 * machine, which is why the JDK and the libraries always match), a user 185 and a writable /tmp. No
 * registry is needed, so the images the build makes here run; a registry's JRE image (for instance
 * eclipse-temurin:17-jre) can still be named with {@code -Dkhaosat.image.base}.
 */
public final class JreBaseImage {

  static final String JAVA_HOME = "/opt/java";

  /** The class path of {@link HealthProbe} in the image. */
  static final String HEALTH_PROBE = "/opt/khaosat/health-probe";

  private JreBaseImage() {}

  private static FileTime newest(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.map(JreBaseImage::modified).max(FileTime::compareTo).orElseThrow();
    }
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Arguments: the build directory, the image's name. */
  public static void main(String[] args) throws Exception {
    Path target = Path.of(args[0]);
    Path tarball = target.resolve("jre-base.tar");
    Path runtime = target.resolve("jre");
    Path javaHome = Path.of(System.getProperty("java.home"));
    // jlink takes half a minute: a build without clean keeps the image its code already made.
    if (Files.exists(tarball)
        && Files.getLastModifiedTime(tarball).compareTo(newest(target.resolve("classes"))) > 0) {
      System.out.println("[jre-base] " + tarball + " is up to date");
      return;
    }
    JlinkRuntime.create(javaHome, runtime);
    Path root = RootFiles.write(target.resolve("rootfs"));
    FileEntriesLayer.Builder system = FileEntriesLayer.builder().setName("system");
    SharedLibraries.of(runtime)
        .forEach(
            (inImage, source) ->
                system.addEntry(
                    source,
                    AbsoluteUnixPath.get(inImage),
                    FilePermissions.fromOctalString("755"),
                    Instant.EPOCH));
    RootFiles.addTo(system, root);
    FileEntriesLayer.Builder jre = FileEntriesLayer.builder().setName("jre");
    jre.addEntryRecursive(
        runtime,
        AbsoluteUnixPath.get(JAVA_HOME),
        (source, inImage) ->
            FilePermissions.fromOctalString(Files.isExecutable(source) ? "755" : "644"),
        (source, inImage) -> Instant.EPOCH);
    FileEntriesLayer probe =
        FileEntriesLayer.builder()
            .setName("health-probe")
            .addEntry(
                target.resolve("classes/vn/khaosat/images/HealthProbe.class"),
                AbsoluteUnixPath.get(HEALTH_PROBE + "/vn/khaosat/images/HealthProbe.class"),
                FilePermissions.fromOctalString("644"),
                Instant.EPOCH)
            .build();
    Jib.fromScratch()
        .addFileEntriesLayer(system.build())
        .addFileEntriesLayer(jre.build())
        .addFileEntriesLayer(probe)
        .setEnvironment(
            Map.of(
                "JAVA_HOME",
                JAVA_HOME,
                "PATH",
                JAVA_HOME + "/bin:/usr/bin:/bin",
                "LANG",
                "C.UTF-8"))
        .addLabel("org.opencontainers.image.title", "khaosat-jre-base")
        .addLabel(
            "org.opencontainers.image.description",
            "JRE " + Runtime.version().feature() + " made by jlink, for the Khảo sát services")
        .containerize(Containerizer.to(TarImage.at(tarball).named(ImageReference.parse(args[1]))));
    System.out.printf("[jre-base] %s: %.1f MB%n", tarball, Files.size(tarball) / 1e6);
  }
}
