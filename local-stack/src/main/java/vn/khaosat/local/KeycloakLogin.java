package vn.khaosat.local;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A demo user's access token from Keycloak, by the dev realm's password client: development only.
 */
final class KeycloakLogin {

  private static final Pattern ACCESS_TOKEN =
      Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

  private KeycloakLogin() {}

  static String password(KeycloakServer keycloak, String user, String password)
      throws IOException, InterruptedException {
    String form =
        "grant_type=password&client_id=khaosat-dev-cli&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(keycloak.tokenEndpoint(KeycloakServer.REALM)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    Matcher token = ACCESS_TOKEN.matcher(answer.body());
    if (answer.statusCode() != 200 || !token.find()) {
      throw new IllegalStateException("Keycloak refused " + user + ": " + answer.body());
    }
    return token.group(1);
  }
}
