package vn.khaosat.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A container image as the tarball {@code docker load} reads (manifest.json, the config, one
 * gzipped tar per layer), read with nothing but the JDK: its configuration and the paths its layers
 * hold.
 */
final class ImageTarball {

  private final Map<String, byte[]> entries;
  private final JsonNode manifest;
  private final JsonNode config;

  private ImageTarball(Map<String, byte[]> entries) throws IOException {
    this.entries = entries;
    ObjectMapper json = new ObjectMapper();
    this.manifest = json.readTree(entries.get("manifest.json")).get(0);
    this.config = json.readTree(entries.get(manifest.get("Config").asText()));
  }

  static ImageTarball read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new ImageTarball(entries(in));
    }
  }

  /** The image's tags, as {@code docker load} would name it. */
  JsonNode repoTags() {
    return manifest.get("RepoTags");
  }

  /** The {@code config} object: User, Entrypoint, ExposedPorts, Labels, Env, WorkingDir. */
  JsonNode config() {
    return config.get("config");
  }

  /** The layers' file names in the tarball, bottom first. */
  JsonNode layers() {
    return manifest.get("Layers");
  }

  /** Every file path of every layer, as it lies in the image (no leading slash). */
  Set<String> files() throws IOException {
    Set<String> files = new LinkedHashSet<>();
    for (JsonNode layer : manifest.get("Layers")) {
      byte[] gzipped = entries.get(layer.asText());
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
        files.addAll(entries(in).keySet());
      }
    }
    return files;
  }

  /** The regular files of a tar stream by path (ustar and PAX headers). */
  private static Map<String, byte[]> entries(InputStream in) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    String paxPath = null;
    while (true) {
      byte[] header = in.readNBytes(512);
      if (header.length < 512 || header[0] == 0) {
        return entries;
      }
      String name = text(header, 0, 100);
      String prefix = text(header, 345, 155);
      long size =
          Long.parseLong(
              text(header, 124, 12).trim().isEmpty() ? "0" : text(header, 124, 12).trim(), 8);
      char type = (char) header[156];
      byte[] content = in.readNBytes((int) size);
      in.skipNBytes((512 - size % 512) % 512);
      if (type == 'x') {
        paxPath = paxValue(new String(content, StandardCharsets.UTF_8), "path");
        continue;
      }
      String path = paxPath != null ? paxPath : prefix.isEmpty() ? name : prefix + "/" + name;
      paxPath = null;
      if (type == '0' || type == 0) {
        entries.put(path, content);
      }
    }
  }

  private static String paxValue(String records, String key) {
    for (String record : records.split("\n")) {
      int space = record.indexOf(' ');
      if (space > 0 && record.startsWith(key + "=", space + 1)) {
        return record.substring(space + 2 + key.length());
      }
    }
    return null;
  }

  private static String text(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.UTF_8);
  }
}
