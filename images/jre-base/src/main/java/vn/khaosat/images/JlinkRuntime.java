package vn.khaosat.images;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/** The JRE in the image: the building JDK's modules the services use, linked by jlink. */
final class JlinkRuntime {

  /**
   * The Java SE modules, and what Quarkus, Netty, PostgreSQL's driver and the PDF renderer reach
   * beyond them: Unsafe, elliptic curves for TLS, zip file systems, the OS metrics Micrometer
   * reads, the CLDR locale data (Vietnamese number and date formats), DNS naming, extra charsets,
   * JFR.
   */
  static final List<String> MODULES =
      List.of(
          "java.se",
          "jdk.unsupported",
          "jdk.crypto.ec",
          "jdk.zipfs",
          "jdk.management",
          "jdk.localedata",
          "jdk.naming.dns",
          "jdk.charsets",
          "jdk.net",
          "jdk.jfr");

  /** What only a display or a sound card needs: the services run headless. */
  static final List<String> DESKTOP_ONLY =
      List.of("libawt_xawt.so", "libjawt.so", "libsplashscreen.so", "libjsound.so");

  private JlinkRuntime() {}

  static void create(Path javaHome, Path output) throws IOException {
    delete(output);
    ToolProvider jlink =
        ToolProvider.findFirst("jlink")
            .orElseThrow(() -> new IllegalStateException("no jlink: build with a JDK"));
    StringWriter log = new StringWriter();
    int code =
        jlink.run(
            new PrintWriter(log),
            new PrintWriter(log),
            "--module-path",
            javaHome.resolve("jmods").toString(),
            "--add-modules",
            String.join(",", MODULES),
            "--strip-debug",
            "--no-man-pages",
            "--no-header-files",
            "--compress=2",
            "--output",
            output.toString());
    if (code != 0) {
      throw new IllegalStateException("jlink failed (" + code + "): " + log);
    }
    for (String library : DESKTOP_ONLY) {
      Files.deleteIfExists(output.resolve("lib").resolve(library));
    }
  }

  private static void delete(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
