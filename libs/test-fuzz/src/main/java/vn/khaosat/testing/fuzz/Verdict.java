package vn.khaosat.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What is wrong with the answer to a bad input, if anything. */
final class Verdict {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> PLACES = Set.of("body", "query", "path", "header");

  /** A class, package or annotation name, or a stack trace, in a body meant for users. */
  private static final Pattern LEAK =
      Pattern.compile(
          "\\b(?:java|javax|jakarta|org|com|io|vn|sun)\\.[a-z]\\w*\\.[\\w.$]+|Exception\\b|"
              + "@(?:Consumes|Produces|Valid|NotNull|QueryParam|PathParam|Path)\\b|\\tat ");

  private Verdict() {}

  /** The failure class ("5xx", "accepted", "not a problem"…) and why, or empty when all is well. */
  static Optional<String> of(HttpResponse<byte[]> response) {
    int status = response.statusCode();
    String text = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    if (status >= 500) {
      return Optional.of("5xx: " + status + " " + cut(text));
    }
    if (status < 400) {
      return Optional.of("accepted: " + status + " " + cut(text));
    }
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (!type.startsWith("application/problem+json")) {
      return Optional.of("not a problem: " + status + " '" + type + "' " + cut(text));
    }
    if (response.headers().firstValue("X-Request-Id").isEmpty()) {
      return Optional.of("no request id: " + status);
    }
    if (LEAK.matcher(text).find()) {
      return Optional.of("leak: " + cut(text));
    }
    try {
      JsonNode problem = JSON.readTree(text);
      if (!problem.path("type").isTextual()
          || !problem.path("title").isTextual()
          || problem.path("status").asInt() != status
          || !problem.path("instance").isTextual()
          || problem.path("detail").asText("").isBlank()) {
        return Optional.of("incomplete problem: " + cut(text));
      }
      for (JsonNode v : problem.path("violations")) {
        if (!v.path("field").isTextual()
            || !PLACES.contains(v.path("in").asText())
            || v.path("message").asText("").isBlank()) {
          return Optional.of("bad violation: " + cut(v.toString()));
        }
      }
    } catch (java.io.IOException e) {
      return Optional.of("unreadable problem: " + cut(text));
    }
    return Optional.empty();
  }

  private static String cut(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
