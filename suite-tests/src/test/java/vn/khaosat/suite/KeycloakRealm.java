package vn.khaosat.suite;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import vn.khaosat.local.KeycloakServer;

/**
 * A realm of a running Keycloak as the tests use it: tokens from its token endpoint (a demo user's
 * password through the development client, a client's credentials), and its keys through the admin
 * REST API (an imported key the test signs with, a new generated key, the removal of one).
 */
final class KeycloakRealm {

  static final String KEY_PROVIDER = "org.keycloak.keys.KeyProvider";

  private final KeycloakServer keycloak;
  private final String realm;

  KeycloakRealm(KeycloakServer keycloak, String realm) {
    this.keycloak = keycloak;
    this.realm = realm;
  }

  String issuer() {
    return keycloak.issuer(realm);
  }

  /** An access token for a demo user, by the password grant of {@code client}. */
  String password(String client, String user, String password) {
    return token(
        Map.of(
            "grant_type", "password", "client_id", client, "username", user, "password", password));
  }

  /** An access token for a confidential client's service account. */
  String clientCredentials(String client, String secret) {
    return token(
        Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret));
  }

  private String token(Map<String, String> form) {
    return given()
        .formParams(form)
        .post(keycloak.tokenEndpoint(realm))
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  private RequestSpecification admin() {
    String token =
        given()
            .formParams(
                Map.of(
                    "grant_type",
                    "password",
                    "client_id",
                    "admin-cli",
                    "username",
                    KeycloakServer.ADMIN,
                    "password",
                    keycloak.adminPassword()))
            .post(keycloak.tokenEndpoint("master"))
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
    return given()
        .baseUri(keycloak.url() + "/admin/realms/" + realm)
        .header("Authorization", "Bearer " + token)
        .contentType(ContentType.JSON);
  }

  /**
   * Adds an RSA key of the test's own to the realm, at a priority below the realm's signing key: it
   * is published in the realm's key set, but Keycloak does not sign with it. Returns its kid.
   */
  String importKey(String name, KeyPair pair) {
    String pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n";
    String id = addKeyProvider(name, "rsa", Map.of("privateKey", List.of(pem)), 10);
    return kidOf(id);
  }

  /** A new key Keycloak generates, at a priority above every other: it signs from now on. */
  String addSigningKey(String name, int priority) {
    return kidOf(
        addKeyProvider(name, "rsa-generated", Map.of("keySize", List.of("2048")), priority));
  }

  private String addKeyProvider(
      String name, String provider, Map<String, List<String>> config, int priority) {
    Map<String, Object> settings = new java.util.HashMap<>(config);
    settings.put("priority", List.of(String.valueOf(priority)));
    settings.put("enabled", List.of("true"));
    settings.put("active", List.of("true"));
    settings.put("algorithm", List.of("RS256"));
    String location =
        admin()
            .body(
                Map.of(
                    "name", name,
                    "providerId", provider,
                    "providerType", KEY_PROVIDER,
                    "parentId", realm,
                    "config", settings))
            .post("/components")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    return location.substring(location.lastIndexOf('/') + 1);
  }

  /** The id of the key provider named {@code name}. */
  String keyProvider(String name) {
    List<Map<String, Object>> providers =
        admin()
            .queryParam("type", KEY_PROVIDER)
            .get("/components")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    return providers.stream()
        .filter(p -> name.equals(p.get("name")))
        .map(p -> (String) p.get("id"))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no key provider " + name));
  }

  void removeKeyProvider(String id) {
    admin().delete("/components/" + id).then().statusCode(204);
  }

  /** The kid of the RS256 signing key of provider {@code providerId}. */
  String kidOf(String providerId) {
    JsonPath keys = admin().get("/keys").then().statusCode(200).extract().jsonPath();
    List<Map<String, Object>> all = keys.getList("keys");
    return all.stream()
        .filter(k -> providerId.equals(k.get("providerId")) && "RS256".equals(k.get("algorithm")))
        .map(k -> (String) k.get("kid"))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no RS256 key of provider " + providerId));
  }

  /** The kids the realm publishes in its key set, as the services read it. */
  List<String> publishedKids() {
    return given().get(keycloak.jwks(realm)).then().statusCode(200).extract().path("keys.kid");
  }

  static KeyPair rsaKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The {@code kid} in a token's header. */
  static String kid(String token) {
    String header =
        new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))));
    return JsonPath.from(header).getString("kid");
  }
}
