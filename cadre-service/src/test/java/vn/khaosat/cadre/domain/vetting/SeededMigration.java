package vn.khaosat.cadre.domain.vetting;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule set as a Flyway migration seeds it, read from the SQL file itself, so that the domain
 * tests judge the very rules and months the service runs with.
 */
record SeededMigration(Map<String, String> referenceMonths, List<RuleDefinition> rules) {

  private static final Pattern JSON =
      Pattern.compile("'(\\[.*?\\]|\\{.*?\\})'::jsonb", Pattern.DOTALL);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Reads a migration holding the reference months (an object) and the rules (an array). */
  static SeededMigration read(String file) {
    Path path =
        Path.of(System.getProperty("basedir", "."), "src/main/resources/db/migration", file);
    try {
      String sql = Files.readString(path, StandardCharsets.UTF_8);
      Map<String, String> months = Map.of();
      List<RuleDefinition> rules = List.of();
      Matcher m = JSON.matcher(sql);
      while (m.find()) {
        String json = m.group(1).replace("''", "'");
        if (json.startsWith("[")) {
          rules = MAPPER.readValue(json, new TypeReference<List<RuleDefinition>>() {});
        } else {
          months = MAPPER.readValue(json, new TypeReference<Map<String, String>>() {});
        }
      }
      return new SeededMigration(months, rules);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  RuleDefinition rule(RuleKind kind) {
    return rules.stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
  }

  YearMonth referenceMonth(String level) {
    return YearMonth.parse(referenceMonths.get(level));
  }
}
