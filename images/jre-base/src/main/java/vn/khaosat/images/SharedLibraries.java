package vn.khaosat.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The shared libraries the JRE's binaries link, as {@code ldd} resolves them on the building
 * machine, each copied under the name the loader asks for. Also the ones the JRE opens by name at
 * run time (fontconfig, for the font manager) and the loader itself, at the path every binary
 * names.
 */
final class SharedLibraries {

  private static final Pattern RESOLVED = Pattern.compile("^\\s*(\\S+) => (/\\S+) \\(");
  private static final Pattern LOADER = Pattern.compile("^\\s*(/\\S*ld-linux\\S*) \\(");
  private static final String LIBRARY_DIRECTORY = "/usr/lib/x86_64-linux-gnu/";
  private static final List<String> OPENED_AT_RUN_TIME = List.of("libfontconfig.so.1");

  private SharedLibraries() {}

  /** Path in the image → the file on this machine it is copied from. */
  static Map<String, Path> of(Path runtime) throws IOException, InterruptedException {
    List<Path> binaries = new ArrayList<>();
    try (Stream<Path> files = Files.walk(runtime)) {
      files
          .filter(f -> f.toString().endsWith(".so") || f.getParent().endsWith("bin"))
          .forEach(binaries::add);
    }
    for (String name : OPENED_AT_RUN_TIME) {
      Path library = Path.of(LIBRARY_DIRECTORY, name);
      if (Files.exists(library)) {
        binaries.add(library);
      }
    }
    Map<String, Path> libraries = new TreeMap<>();
    for (Path binary : binaries) {
      for (String line : ldd(binary)) {
        Matcher resolved = RESOLVED.matcher(line);
        if (resolved.find() && !resolved.group(2).startsWith(runtime.toString())) {
          libraries.put(
              LIBRARY_DIRECTORY + resolved.group(1), Path.of(resolved.group(2)).toRealPath());
        }
        Matcher loader = LOADER.matcher(line);
        if (loader.find()) {
          libraries.put(loader.group(1), Path.of(loader.group(1)).toRealPath());
        }
      }
    }
    for (String name : OPENED_AT_RUN_TIME) {
      Path library = Path.of(LIBRARY_DIRECTORY, name);
      if (Files.exists(library)) {
        libraries.put(LIBRARY_DIRECTORY + name, library.toRealPath());
      }
    }
    return libraries;
  }

  private static List<String> ldd(Path binary) throws IOException, InterruptedException {
    Process ldd = new ProcessBuilder("ldd", binary.toString()).redirectErrorStream(true).start();
    List<String> lines =
        new String(ldd.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    ldd.waitFor();
    return lines;
  }
}
