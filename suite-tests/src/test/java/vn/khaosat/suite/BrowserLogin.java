package vn.khaosat.suite;

import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does when Swagger UI's Authorize logs in: the authorization code flow with PKCE
 * against the provider's discovery document, the login form filled in, the code exchanged with the
 * verifier for an access token. The redirect back to Swagger UI is read, not followed.
 */
final class BrowserLogin {

  /** The redirect URI the dev realm allows Swagger UI (the gateway on its usual port). */
  static final String REDIRECT = "http://localhost:8080/q/swagger-ui/oauth2-redirect.html";

  private static final Pattern FORM_ACTION =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
  private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

  private final JsonPath discovery;
  private final HttpClient browser =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  /** The cookies Keycloak set, sent back as a browser would (name=value only). */
  private final Map<String, String> cookies = new java.util.LinkedHashMap<>();

  BrowserLogin(String discoveryUrl) throws Exception {
    this.discovery = JsonPath.from(get(discoveryUrl).body());
  }

  String login(String client, String user, String password) throws Exception {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    String challenge =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    String authorize =
        discovery.getString("authorization_endpoint")
            + "?"
            + form(
                Map.of(
                    "client_id", client,
                    "redirect_uri", REDIRECT,
                    "response_type", "code",
                    "scope", "openid",
                    "state", "swagger-ui",
                    "code_challenge", challenge,
                    "code_challenge_method", "S256"));
    HttpResponse<String> page = get(authorize);
    Matcher action = FORM_ACTION.matcher(page.body());
    if (page.statusCode() != 200 || !action.find()) {
      throw new AssertionError("no login form (" + page.statusCode() + "): " + page.body());
    }
    HttpResponse<String> loggedIn =
        post(
            action.group(1).replace("&amp;", "&"),
            Map.of("username", user, "password", password, "credentialId", ""));
    String location = loggedIn.headers().firstValue("Location").orElse("");
    Matcher code = CODE.matcher(location);
    if (loggedIn.statusCode() != 302 || !location.startsWith(REDIRECT) || !code.find()) {
      throw new AssertionError(
          "login did not redirect with a code: " + loggedIn.statusCode() + " " + location);
    }
    HttpResponse<String> token =
        post(
            discovery.getString("token_endpoint"),
            Map.of(
                "grant_type", "authorization_code",
                "client_id", client,
                "redirect_uri", REDIRECT,
                "code", code.group(1),
                "code_verifier", verifier));
    if (token.statusCode() != 200) {
      throw new AssertionError("the code was not exchanged: " + token.body());
    }
    return JsonPath.from(token.body()).getString("access_token");
  }

  private HttpResponse<String> get(String url) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(url)).GET());
  }

  private HttpResponse<String> post(String url, Map<String, String> fields) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(c -> c.getKey() + "=" + c.getValue())
              .collect(Collectors.joining("; ")));
    }
    HttpResponse<String> answer =
        browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    for (String set : answer.headers().allValues("Set-Cookie")) {
      String pair = set.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (eq > 0) {
        cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
      }
    }
    return answer;
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
