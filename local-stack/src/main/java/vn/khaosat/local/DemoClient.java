package vn.khaosat.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calls the gateway as the demo loader's admin, failing loudly on an unexpected answer. */
final class DemoClient {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String token;

  DemoClient(String gatewayUrl, String token) {
    this.base = gatewayUrl;
    this.token = token;
  }

  /** POSTs JSON, expects 201 and returns the new resource's id. */
  long create(String path, String json) throws IOException, InterruptedException {
    HttpResponse<String> response = send("POST", path, json, "application/json");
    expect(response, 201);
    Matcher m = ID.matcher(response.body());
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  /** Sends and expects {@code status}. */
  HttpResponse<String> call(String method, String path, String body, int status)
      throws IOException, InterruptedException {
    HttpResponse<String> response = send(method, path, body, "application/json");
    expect(response, status);
    return response;
  }

  static void expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
    }
  }

  HttpResponse<String> send(String method, String path, String body, String type)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", type + "; charset=utf-8");
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
