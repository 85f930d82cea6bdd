package vn.khaosat.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges documents written at build time into one file, the same way the gateway merges them at run
 * time: {@code MergeDocuments <output> <service>=<openapi.json> …}. The build of api-client runs
 * it, then generates a Java client from the result.
 */
public final class MergeDocuments {

  private MergeDocuments() {}

  public static void main(String[] args) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, JsonNode> documents = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      String[] pair = args[i].split("=", 2);
      documents.put(pair[0], mapper.readTree(Path.of(pair[1]).toFile()));
    }
    Path output = Path.of(args[0]);
    Files.createDirectories(output.toAbsolutePath().getParent());
    mapper
        .writerWithDefaultPrettyPrinter()
        .writeValue(output.toFile(), OpenApiMerger.merge(documents, List.of()));
  }
}
