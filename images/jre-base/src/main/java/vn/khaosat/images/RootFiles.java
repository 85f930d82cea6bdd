package vn.khaosat.images;

import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FileEntry;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What a JVM expects of the file system beyond its libraries: the user 185 the services run as (the
 * number Quarkus's images use), name lookup through files then DNS, a /tmp anyone may write (Vert.x
 * caches files there), and fonts with fontconfig's settings for Java's font manager.
 */
final class RootFiles {

  static final int USER = 185;

  private static final List<String> FONTS =
      List.of(
          "DejaVuSans.ttf",
          "DejaVuSans-Bold.ttf",
          "DejaVuSerif.ttf",
          "DejaVuSerif-Bold.ttf",
          "DejaVuSansMono.ttf");
  private static final Path FONT_DIRECTORY = Path.of("/usr/share/fonts/truetype/dejavu");
  private static final Path FONTCONFIG = Path.of("/etc/fonts");

  private RootFiles() {}

  /** Writes the generated files under {@code root}, as they lie in the image. */
  static Path write(Path root) throws IOException {
    Files.createDirectories(root.resolve("etc"));
    Files.createDirectories(root.resolve("tmp"));
    Files.createDirectories(root.resolve("proc"));
    Files.createDirectories(root.resolve("home/jboss"));
    Files.writeString(
        root.resolve("etc/passwd"),
        "root:x:0:0:root:/root:/sbin/nologin\n"
            + "jboss:x:"
            + USER
            + ":"
            + USER
            + ":services:/home/jboss:/sbin/nologin\n");
    Files.writeString(root.resolve("etc/group"), "root:x:0:\njboss:x:" + USER + ":\n");
    Files.writeString(
        root.resolve("etc/nsswitch.conf"), "passwd: files\ngroup: files\nhosts: files dns\n");
    return root;
  }

  static void addTo(FileEntriesLayer.Builder layer, Path root) throws IOException {
    FilePermissions file = FilePermissions.fromOctalString("644");
    for (String name : List.of("etc/passwd", "etc/group", "etc/nsswitch.conf")) {
      layer.addEntry(root.resolve(name), AbsoluteUnixPath.get("/" + name), file, Instant.EPOCH);
    }
    // where an engine mounts /proc: the loader reads /proc/self/exe to find the JRE's own libraries
    layer.addEntry(
        root.resolve("proc"),
        AbsoluteUnixPath.get("/proc"),
        FilePermissions.DEFAULT_FOLDER_PERMISSIONS,
        Instant.EPOCH);
    // No sticky bit: Jib writes three octal digits, and the image has one user.
    layer.addEntry(
        root.resolve("tmp"),
        AbsoluteUnixPath.get("/tmp"),
        FilePermissions.fromOctalString("777"),
        Instant.EPOCH);
    layer.addEntry(
        new FileEntry(
            root.resolve("home/jboss"),
            AbsoluteUnixPath.get("/home/jboss"),
            FilePermissions.fromOctalString("755"),
            Instant.EPOCH,
            USER + ":" + USER));
    if (Files.isDirectory(FONTCONFIG)) {
      layer.addEntryRecursive(
          FONTCONFIG,
          AbsoluteUnixPath.get(FONTCONFIG.toString()),
          (source, inImage) ->
              Files.isDirectory(source) ? FilePermissions.DEFAULT_FOLDER_PERMISSIONS : file,
          (source, inImage) -> Instant.EPOCH);
    }
    for (String font : FONTS) {
      Path source = FONT_DIRECTORY.resolve(font);
      if (Files.exists(source)) {
        layer.addEntry(source, AbsoluteUnixPath.get(source.toString()), file, Instant.EPOCH);
      }
    }
  }
}
